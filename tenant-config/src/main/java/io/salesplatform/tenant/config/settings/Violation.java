package io.salesplatform.tenant.config.settings;

import java.util.Objects;

/**
 * One way in which settings break a rule.
 *
 * @param path where in the settings tree, dotted with list indexes, such as {@code
 *     appraisal.weights} or {@code rewardBands[2].minScore}; empty for the settings as a whole
 * @param message what is wrong, in a sentence a tenant admin can act on
 */
public record Violation(String path, String message) {

  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** The same violation seen from a tree that holds this one's tree under {@code parent}. */
  public Violation under(String parent) {
    return new Violation(SettingsPath.join(parent, path), message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
