package io.salesplatform.platform.plugin;

import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.plugin.api.ExternalServiceException;
import io.salesplatform.plugin.api.InvalidConfigurationException;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PluginExtension;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call of a plugin goes through here: the plugin gets its {@link PluginContext}, the call
 * runs under a timeout, a bulkhead and a circuit breaker of the tenant and plugin version ({@link
 * PluginGuard}), and whatever the plugin does wrong becomes a clear problem for the caller naming
 * the plugin, never a bare 500. A plugin's own exceptions keep their meaning (bad request, bad
 * configuration, outside service down); anything else it throws, an answer of {@code null}, or one
 * that does not answer the request is its defect (502).
 */
@ApplicationScoped
public class PluginCalls {

  private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

  @Inject
  @ConfigProperty(name = "platform.plugins.call-timeout", defaultValue = "PT5S")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "platform.plugins.max-concurrent-calls", defaultValue = "8")
  int maxConcurrent;

  @Inject
  @ConfigProperty(name = "platform.plugins.failure-threshold", defaultValue = "5")
  int failureThreshold;

  @Inject
  @ConfigProperty(name = "platform.plugins.open-circuit-for", defaultValue = "PT30S")
  Duration openFor;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Clock clock = Clock.systemUTC();
  private PluginGuard guard;

  @PostConstruct
  void start() {
    guard =
        new PluginGuard(
            new PluginGuard.Limits(timeout, maxConcurrent, failureThreshold, openFor), clock);
  }

  @PreDestroy
  void stop() {
    guard.close();
  }

  /**
   * Calls {@code selected} for tenant {@code tenantId}.
   *
   * @param call what to ask of the extension, given the context
   * @param nonsense what is wrong with an answer, or {@code null} when it answers the request
   * @return the plugin's answer, never {@code null}
   */
  public <T extends PluginExtension, R> R call(
      SelectedExtension<T> selected,
      String tenantId,
      BiFunction<T, PluginContext, R> call,
      Function<R, String> nonsense) {
    PluginContext context =
        new TenantPluginContext(
            tenantId,
            new PluginConfiguration(selected.config()),
            clock,
            System.getLogger("plugin." + selected.plugin().id()),
            http);
    String key = tenantId + "|" + selected.plugin().id() + "@" + selected.plugin().version();
    try {
      return guard.call(
          key,
          () -> {
            R answer = call.apply(selected.extension(), context);
            if (answer == null) {
              throw new Nonsense("answered nothing (null)");
            }
            String wrong = nonsense.apply(answer);
            if (wrong != null) {
              throw new Nonsense("answered nonsense: " + wrong);
            }
            return answer;
          },
          PluginCalls::isPluginFailure);
    } catch (PluginGuard.RefusedException e) {
      String detail =
          selected.label() + " was not asked or did not answer: " + e.getMessage() + ".";
      throw e.refusal() == PluginGuard.Refusal.TIMEOUT
          ? Problems.pluginTimedOut(detail)
          : Problems.pluginUnavailable(detail + " Try again later.");
    } catch (InvalidRequestException e) {
      throw Problems.badRequest(
          e.field() == null ? "request" : e.field(),
          e.getMessage() + " (" + selected.label() + ")");
    } catch (InvalidConfigurationException e) {
      throw Problems.pluginMisconfigured(
          selected.label()
              + " cannot work with the company's configuration; its admin must change it.",
          "settings.plugins." + selected.point() + ".config." + e.path(),
          e.getMessage());
    } catch (ExternalServiceException e) {
      throw Problems.pluginUnavailable(
          selected.label()
              + " could not reach "
              + e.service()
              + " ("
              + e.failure()
              + "): "
              + e.getMessage()
              + ". Nothing was decided; try again later.");
    } catch (Nonsense e) {
      throw Problems.pluginFailed(selected.label() + " " + e.getMessage() + ".");
    } catch (ProblemException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problems.pluginUnavailable(selected.label() + " was interrupted.");
    } catch (Exception | LinkageError e) {
      throw defect(selected, e);
    }
  }

  /**
   * Runs a plugin's own check of a configuration under the timeout, outside any tenant's bulkhead
   * and circuit; the check's exceptions reach the caller as they are.
   */
  public void check(PluginHost.LoadedPlugin plugin, Runnable check) {
    try {
      guard.call(
          "check|" + plugin.id() + "@" + plugin.version(),
          () -> {
            check.run();
            return Boolean.TRUE;
          },
          PluginCalls::isPluginFailure);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plugin saying the request or its configuration is wrong is working as it should. */
  private static boolean isPluginFailure(Throwable thrown) {
    return !(thrown instanceof InvalidRequestException
        || thrown instanceof InvalidConfigurationException);
  }

  /** A plugin's defect, logged with its stack trace here and told to the caller in one line. */
  static ProblemException defect(SelectedExtension<?> selected, Throwable e) {
    LOG.log(Level.WARNING, "plugin " + selected.label() + " failed", e);
    return Problems.pluginFailed(
        selected.label() + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** An answer that is no answer. */
  private static final class Nonsense extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Nonsense(String message) {
      super(message, null, false, false);
    }
  }
}
