package io.salesplatform.platform.settings;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** A change of the settings, as a tenant admin submits it. */
public class SettingsChange {

  /**
   * The revision the change was made from; a change based on a stale revision is refused. May be
   * given as an {@code If-Match} header instead.
   */
  public Integer basedOn;

  /** Why the settings change, for the policy's history. */
  public String reason;

  /** The whole settings, as {@code GET .../settings} returns them. */
  @NotNull(message = "the settings are required")
  public Map<String, Object> settings;
}
