package io.salesplatform.platform.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A subscribing company, as the platform's registry holds it. Subscription is a short saga over two
 * systems (this database and the identity provider); the status records how far it got, so that a
 * failed subscription is resumed rather than left half made.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

  /** Its people are an organization in the shared realm. */
  public static final String POOLED = "pooled";

  /** Its people are in a realm of its own. */
  public static final String DEDICATED_REALM = "dedicated-realm";

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantStatus status;

  @Column(nullable = false, updatable = false)
  private String isolation;

  @Column(nullable = false, updatable = false)
  private String realm;

  @Column(name = "organization_id")
  private String organizationId;

  @Column(name = "admin_email", nullable = false)
  private String adminEmail;

  @Column(name = "admin_name", nullable = false)
  private String adminName;

  @Column(name = "admin_username", nullable = false)
  private String adminUsername;

  @Column(name = "provisioning_error")
  private String provisioningError;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "suspension_reason")
  private String suspensionReason;

  @Column(name = "exported_at")
  private Instant exportedAt;

  @Column(name = "deletion_error")
  private String deletionError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Tenant() {}

  /** A company whose subscription has just begun, its people kept as {@code isolation} says. */
  public static Tenant subscribing(
      String slug, String name, String isolation, String realm, Admin admin, Instant now) {
    Tenant tenant = new Tenant();
    tenant.id = UUID.randomUUID();
    tenant.slug = slug;
    tenant.name = name;
    tenant.status = TenantStatus.PROVISIONING;
    tenant.isolation = isolation;
    tenant.realm = realm;
    tenant.adminEmail = admin.email();
    tenant.adminName = admin.name();
    tenant.adminUsername = admin.username();
    tenant.createdAt = now;
    tenant.updatedAt = now;
    return tenant;
  }

  /** The first admin the company named when it subscribed. */
  public record Admin(String username, String email, String name) {}

  /** Whether a repeated subscription request is the same request, and may resume this one. */
  public boolean isResumableBy(
      String requestedName, String requestedIsolation, Admin requestedAdmin) {
    return status == TenantStatus.PROVISIONING
        && name.equals(requestedName)
        && isolation.equals(requestedIsolation)
        && admin().equals(requestedAdmin);
  }

  public void provisioningFailed(String reason, Instant now) {
    if (status != TenantStatus.PROVISIONING) {
      throw new IllegalStateException("tenant " + slug + " is not being provisioned");
    }
    provisioningError = reason;
    updatedAt = now;
  }

  public void activate(String organization, Instant now) {
    if (status != TenantStatus.PROVISIONING) {
      throw new IllegalStateException("tenant " + slug + " is not being provisioned");
    }
    organizationId = organization;
    provisioningError = null;
    status = TenantStatus.ACTIVE;
    updatedAt = now;
  }

  /** Stops the tenant: its data is kept and nobody of it can work until it is resumed. */
  public void suspend(String reason, Instant now) {
    if (status != TenantStatus.ACTIVE) {
      throw new IllegalStateException(
          "only an active tenant can be suspended, not a " + status + " one");
    }
    status = TenantStatus.SUSPENDED;
    suspendedAt = now;
    suspensionReason = reason;
    updatedAt = now;
  }

  public void resume(Instant now) {
    if (status != TenantStatus.SUSPENDED) {
      throw new IllegalStateException(
          "only a suspended tenant can be resumed, not a " + status + " one");
    }
    status = TenantStatus.ACTIVE;
    suspendedAt = null;
    suspensionReason = null;
    updatedAt = now;
  }

  /**
   * Notes a complete export whose data was read at {@code readAt}, from this very state of the
   * registry row (the caller checked its version).
   */
  public void exported(Instant readAt) {
    if (status != TenantStatus.ACTIVE && status != TenantStatus.SUSPENDED) {
      throw new IllegalStateException("a " + status + " tenant is not exported");
    }
    if (exportedAt == null || readAt.isAfter(exportedAt)) {
      exportedAt = readAt;
    }
  }

  /**
   * Why this tenant may not be deleted now, or empty if it may. Deletion is final, so the operator
   * must hold an export of the company's final data: one read after the company was suspended, when
   * nobody of it could change anything any more.
   */
  public Optional<String> deletionRefusal() {
    if (status == TenantStatus.DELETING) {
      return Optional.empty();
    }
    if (status != TenantStatus.SUSPENDED) {
      return Optional.of(
          "'"
              + slug
              + "' is "
              + status
              + ". A company is deleted only once it is suspended and exported after its"
              + " suspension, so that the export holds its final data: suspend it, export it (GET"
              + " /api/platform/tenants/"
              + slug
              + "/export), then delete it.");
    }
    if (exportedAt == null || !exportedAt.isAfter(suspendedAt)) {
      return Optional.of(
          "'"
              + slug
              + "' was suspended at "
              + suspendedAt
              + (exportedAt == null
                  ? " and has never been exported."
                  : " and last exported at " + exportedAt + ", before that.")
              + " Deletion removes its data and people for good, so it needs an export taken after"
              + " the suspension, which holds the final data: export it (GET"
              + " /api/platform/tenants/"
              + slug
              + "/export), then delete it.");
    }
    return Optional.empty();
  }

  /** Starts the deletion, or keeps an unfinished one going; see {@link #deletionRefusal()}. */
  public void beginDeletion(Instant now) {
    deletionRefusal()
        .ifPresent(
            reason -> {
              throw new IllegalStateException(reason);
            });
    status = TenantStatus.DELETING;
    deletionError = null;
    updatedAt = now;
  }

  public void deletionFailed(String reason, Instant now) {
    if (status != TenantStatus.DELETING) {
      throw new IllegalStateException("tenant " + slug + " is not being deleted");
    }
    deletionError = reason;
    updatedAt = now;
  }

  public Instant exportedAt() {
    return exportedAt;
  }

  public String deletionError() {
    return deletionError;
  }

  /** The registry row's version, which every change of the row increments. */
  public long version() {
    return version;
  }

  public Instant suspendedAt() {
    return suspendedAt;
  }

  public String suspensionReason() {
    return suspensionReason;
  }

  public TenantId tenantId() {
    return new TenantId(id);
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public TenantStatus status() {
    return status;
  }

  public String isolation() {
    return isolation;
  }

  public String realm() {
    return realm;
  }

  /** Whether its people are in a realm of its own. */
  public boolean hasOwnRealm() {
    return DEDICATED_REALM.equals(isolation);
  }

  public String organizationId() {
    return organizationId;
  }

  public Admin admin() {
    return new Admin(adminUsername, adminEmail, adminName);
  }

  public String provisioningError() {
    return provisioningError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
