package io.salesplatform.platform.settings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A return to an earlier revision's settings, which becomes a new revision. */
public class SettingsRollback {

  /** The revision whose settings become current again. */
  @NotNull(message = "name the revision to return to")
  @Positive
  public Integer toRevision;

  /** The revision the rollback was decided on; a stale one is refused. */
  @NotNull(message = "name the revision the rollback is based on")
  public Integer basedOn;

  /** Why, for the policy's history. */
  public String reason;
}
