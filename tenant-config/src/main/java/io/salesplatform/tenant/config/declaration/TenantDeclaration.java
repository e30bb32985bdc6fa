package io.salesplatform.tenant.config.declaration;

import io.salesplatform.tenant.config.TenantSlug;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant as a file declares it.
 *
 * @param slug the tenant's slug, valid by {@link TenantSlug}
 * @param name the company's name as people read it
 * @param admin the person who administers the tenant at first
 * @param settings the settings that differ from the defaults, in tree form (see {@link
 *     io.salesplatform.tenant.config.settings.SettingsTree}); empty when the file names none
 */
public record TenantDeclaration(
    String slug, String name, Admin admin, Map<String, Object> settings) {

  /**
   * The tenant's first administrator, who the platform makes a {@code tenant-admin} when it
   * subscribes the tenant.
   *
   * @param email where the identity provider reaches the person
   * @param name the person's full name
   * @param username the login name, or null when the file names none and the platform chooses one
   */
  public record Admin(String email, String name, String username) {

    public Admin {
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(name, "name");
    }

    public Optional<String> declaredUsername() {
      return Optional.ofNullable(username);
    }
  }

  public TenantDeclaration {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(admin, "admin");
    settings =
        settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  public TenantSlug tenantSlug() {
    return new TenantSlug(slug);
  }
}
