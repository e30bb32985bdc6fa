package io.salesplatform.platform.plugin;

import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.plugin.api.ExternalServiceException;
import io.salesplatform.plugin.api.InvalidConfigurationException;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PluginExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every call of a plugin goes through here: the plugin gets its {@link PluginContext}, and whatever
 * it does wrong becomes a clear problem for the caller naming the plugin, never a bare 500. A
 * plugin's own exceptions keep their meaning (bad request, bad configuration, outside service
 * down); anything else it throws, and an answer of {@code null}, is its defect (502).
 */
@ApplicationScoped
public class PluginCalls {

  private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Clock clock = Clock.systemUTC();

  /**
   * Calls {@code selected} for tenant {@code tenantId}.
   *
   * @param call what to ask of the extension, given the context
   * @return the plugin's answer, never {@code null}
   */
  public <T extends PluginExtension, R> R call(
      SelectedExtension<T> selected, String tenantId, BiFunction<T, PluginContext, R> call) {
    PluginContext context =
        new TenantPluginContext(
            tenantId,
            new PluginConfiguration(selected.config()),
            clock,
            System.getLogger("plugin." + selected.plugin().id()),
            http);
    R answer;
    try {
      answer = call.apply(selected.extension(), context);
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
    } catch (ProblemException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw defect(selected, e);
    }
    if (answer == null) {
      throw Problems.pluginFailed(selected.label() + " answered nothing (null).");
    }
    return answer;
  }

  /** A plugin's defect, logged with its stack trace here and told to the caller in one line. */
  static ProblemException defect(SelectedExtension<?> selected, Throwable e) {
    LOG.log(Level.WARNING, "plugin " + selected.label() + " failed", e);
    return Problems.pluginFailed(
        selected.label() + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }
}
