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
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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

  @Inject
  @ConfigProperty(name = "platform.plugins.egress.allowed-hosts")
  Optional<String> egressAllowed = Optional.empty();

  @Inject
  @ConfigProperty(name = "platform.plugins.egress.internal-hosts")
  Optional<String> egressInternal = Optional.empty();

  @Inject
  @ConfigProperty(name = "platform.plugins.egress.max-request-timeout", defaultValue = "PT4S")
  Duration egressMaxTimeout = Duration.ofSeconds(4);

  @Inject
  @ConfigProperty(name = "platform.plugins.egress.max-response-bytes", defaultValue = "1048576")
  long egressMaxResponseBytes = 1_048_576;

  @Inject
  @ConfigProperty(name = "platform.plugins.egress.requests-per-second", defaultValue = "10")
  int egressRequestsPerSecond = 10;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Clock clock = Clock.systemUTC();
  private PluginGuard guard;
  private EgressPolicy egress;
  private EgressRates rates;
  EgressPolicy.Resolver resolver = InetAddress::getAllByName;

  @PostConstruct
  void start() {
    guard =
        new PluginGuard(
            new PluginGuard.Limits(timeout, maxConcurrent, failureThreshold, openFor), clock);
    egress =
        EgressPolicy.of(
            egressAllowed.orElse(null),
            egressInternal.orElse(null),
            egressMaxTimeout,
            egressMaxResponseBytes,
            egressRequestsPerSecond);
    rates = new EgressRates(egressRequestsPerSecond, System::nanoTime);
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
    PluginHttpClient client =
        new PluginHttpClient(
            http, egress, resolver, rates, tenantId + "|" + selected.plugin().id());
    PluginContext context =
        new TenantPluginContext(
            tenantId,
            new PluginConfiguration(selected.config()),
            clock,
            System.getLogger("plugin." + selected.plugin().id()),
            client);
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
      refused(selected, client);
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
      refused(selected, client);
      throw Problems.pluginFailed(selected.label() + " " + e.getMessage() + ".");
    } catch (ProblemException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problems.pluginUnavailable(selected.label() + " was interrupted.");
    } catch (Exception | LinkageError e) {
      refused(selected, client);
      throw defect(selected, e);
    }
  }

  /**
   * When the plugin failed after the egress limits refused one of its requests, that refusal is
   * why: a plugin failure naming it (or, for the rate, unavailable for now).
   */
  private static void refused(SelectedExtension<?> selected, PluginHttpClient client) {
    client
        .refusal()
        .ifPresent(
            e -> {
              String detail =
                  selected.label()
                      + " failed: the platform refused its outbound request: "
                      + e.getMessage();
              throw e.retryLater()
                  ? Problems.pluginUnavailable(detail + ". Try again later.")
                  : Problems.pluginFailed(detail + ".");
            });
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
