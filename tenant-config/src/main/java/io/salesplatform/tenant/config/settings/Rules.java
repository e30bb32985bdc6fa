package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the violations of one record's rules, so that a constructor checks every rule before it
 * refuses, and the admin sees all that is wrong at once.
 */
final class Rules {

  /** Role ids, customer segments: lower-case words joined by hyphens. */
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  static final int MAX_DAYS = 3650;
  static final int MAX_HOURS = 8760;

  private final List<Violation> found = new ArrayList<>();

  boolean present(Object value, String path) {
    if (value == null) {
      found.add(new Violation(path, "is required"));
      return false;
    }
    return true;
  }

  void require(boolean holds, String path, String message) {
    if (!holds) {
      found.add(new Violation(path, message));
    }
  }

  void days(int days, String path) {
    require(days >= 1 && days <= MAX_DAYS, path, "must be 1 to " + MAX_DAYS + " days, not " + days);
  }

  void hours(int hours, String path) {
    require(
        hours >= 1 && hours <= MAX_HOURS,
        path,
        "must be 1 to " + MAX_HOURS + " hours, not " + hours);
  }

  void percent(int value, String path) {
    require(value >= 0 && value <= 100, path, "must be 0 to 100, not " + value);
  }

  void percent(BigDecimal value, String path) {
    if (present(value, path)) {
      require(
          value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0,
          path,
          "must be 0 to 100, not " + value.toPlainString());
    }
  }

  void name(String name, String path, String what) {
    require(
        name != null && NAME.matcher(name).matches(),
        path,
        "'"
            + name
            + "' is not a valid "
            + what
            + ": lower-case letters, digits and hyphens, starting with a letter");
  }

  /** Adds violations a nested record reported, placed under {@code path}. */
  void addAll(Collection<Violation> violations, String path) {
    violations.forEach(v -> found.add(v.under(path)));
  }

  List<Violation> found() {
    return List.copyOf(found);
  }

  /** Throws when any rule was broken. */
  void enforce() {
    if (!found.isEmpty()) {
      throw new InvalidSettingsException(found);
    }
  }

  static BigDecimal canonical(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
