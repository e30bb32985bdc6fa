package io.salesplatform.tenant.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a custom role a tenant defines. It is the role's id on the wire, in tokens and in the
 * identity provider's group path ({@code /tenants/acme/auditor-lite}), so it never changes once the
 * role exists, and it can never be mistaken for a standard role.
 *
 * @param value 2 to 40 characters: lower-case letters, digits and hyphens, starting with a letter;
 *     not a standard role's id
 */
public record RoleName(String value) {

  public static final int MIN_LENGTH = 2;
  public static final int MAX_LENGTH = 40;

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*");

  public RoleName {
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  /** Why {@code candidate} cannot name a custom role, or empty when it can. */
  public static Optional<String> problem(String candidate) {
    if (candidate == null || candidate.isEmpty()) {
      return Optional.of("a name is required");
    }
    if (candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
      return Optional.of(
          "a role name has "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " characters, not "
              + candidate.length());
    }
    if (!SHAPE.matcher(candidate).matches()) {
      return Optional.of(
          "a role name has lower-case letters, digits and hyphens, and starts with a letter");
    }
    if (TenantRole.isStandard(candidate)) {
      return Optional.of(
          "'" + candidate + "' is a standard role; a custom role needs a name of its own");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
