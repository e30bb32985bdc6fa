package io.salesplatform.tenant.config.settings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when settings would break the policy's rules. It carries every violation found, not just
 * the first, so that an admin fixes a form or a file in one pass.
 */
public class InvalidSettingsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidSettingsException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid-settings exception names its violations");
    }
    this.violations = List.copyOf(violations);
  }

  /** Every violation, paths relative to the record that refused them. */
  public List<Violation> violations() {
    return violations;
  }
}
