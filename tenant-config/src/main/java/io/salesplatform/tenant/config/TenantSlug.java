package io.salesplatform.tenant.config;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short name of a tenant as it appears in URLs ({@code /api/t/acme/...}), in identity-provider
 * group paths and in declarative tenant files. It never changes once the tenant is subscribed.
 *
 * @param value 3 to 40 characters: lower-case letters, digits and single hyphens, starting with a
 *     letter and not ending with a hyphen
 */
public record TenantSlug(String value) {

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 40;

  private static final Pattern SHAPE = Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*");

  /** Names the platform keeps for itself, so that no tenant's URL can be mistaken for its own. */
  private static final Set<String> RESERVED =
      Set.of("api", "admin", "platform", "system", "public", "static", "health", "openapi");

  public TenantSlug {
    problem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  /** Why {@code candidate} is not a valid slug, or empty when it is. */
  public static Optional<String> problem(String candidate) {
    if (candidate == null || candidate.isEmpty()) {
      return Optional.of("a slug is required");
    }
    if (candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
      return Optional.of(
          "a slug has "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " characters, not "
              + candidate.length());
    }
    if (!SHAPE.matcher(candidate).matches()) {
      return Optional.of(
          "a slug has lower-case letters, digits and single hyphens, starts with a letter"
              + " and does not end with a hyphen");
    }
    if (RESERVED.contains(candidate)) {
      return Optional.of("'" + candidate + "' is reserved by the platform");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
