package io.salesplatform.platform.tenant;

import java.time.Instant;

/**
 * A tenant as the operator sees it.
 *
 * @param slug its short name in URLs
 * @param name the company's name
 * @param status where it stands: PROVISIONING, ACTIVE, SUSPENDED or DELETING
 * @param isolation how its people are kept: {@code pooled} or {@code dedicated-realm}
 * @param realm the identity realm its people sign in to
 * @param admin its first admin
 * @param provisioningError why an unfinished subscription stopped, or {@code null}
 * @param suspendedAt when it was suspended, or {@code null}
 * @param suspensionReason why it was suspended, or {@code null}
 * @param exportedAt when the data of its latest complete export was read, or {@code null}
 * @param deletionError why an unfinished deletion stopped, or {@code null}
 * @param createdAt when the subscription began
 * @param initialAdminPassword a one-time password, only in the answer that created the admin
 */
public record TenantView(
    String slug,
    String name,
    String status,
    String isolation,
    String realm,
    AdminView admin,
    String provisioningError,
    Instant suspendedAt,
    String suspensionReason,
    Instant exportedAt,
    String deletionError,
    Instant createdAt,
    String initialAdminPassword) {

  public record AdminView(String username, String email, String name) {}

  public static TenantView of(Tenant tenant) {
    return of(tenant, null);
  }

  public static TenantView of(Tenant tenant, String initialAdminPassword) {
    Tenant.Admin admin = tenant.admin();
    return new TenantView(
        tenant.slug(),
        tenant.name(),
        tenant.status().name(),
        tenant.isolation(),
        tenant.realm(),
        new AdminView(admin.username(), admin.email(), admin.name()),
        tenant.provisioningError(),
        tenant.suspendedAt(),
        tenant.suspensionReason(),
        tenant.exportedAt(),
        tenant.deletionError(),
        tenant.createdAt(),
        initialAdminPassword);
  }
}
