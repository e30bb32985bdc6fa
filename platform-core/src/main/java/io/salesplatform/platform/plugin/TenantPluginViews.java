package io.salesplatform.platform.plugin;

import java.util.List;
import java.util.Map;

/** What the tenant's plugin API answers with. */
public final class TenantPluginViews {

  private TenantPluginViews() {}

  /**
   * One extension point of the tenant.
   *
   * @param point the extension point's id, such as {@code pricing}
   * @param selected the extension serving it, or {@code null} when none does
   * @param available every extension of a running plugin version the tenant may choose for it
   */
  public record Point(String point, Selected selected, List<Offer> available) {}

  /**
   * The extension serving a point.
   *
   * @param pluginId the plugin's id
   * @param version its version
   * @param extension the extension's name
   * @param config the tenant's configuration, without write-only settings
   * @param running whether that plugin version runs on this platform (false: calls fail with 503)
   */
  public record Selected(
      String pluginId,
      String version,
      String extension,
      Map<String, Object> config,
      boolean running) {}

  /**
   * An extension a tenant may choose.
   *
   * @param pluginId the plugin's id
   * @param version its version
   * @param extension the extension's name
   * @param description what the plugin does
   * @param provider who made it
   */
  public record Offer(
      String pluginId, String version, String extension, String description, String provider) {}

  /**
   * The outcome of a choice.
   *
   * @param revision the settings revision now current
   * @param point the extension point as it now stands
   */
  public record Chosen(int revision, Point point) {}
}
