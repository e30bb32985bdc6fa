package io.salesplatform.platform.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person of a tenant as the platform knows them, so that sales records can name their owners.
 * Identities, passwords and role grants stay with the identity provider.
 */
@Entity
@Table(name = "tenant_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class TenantMember {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(nullable = false)
  private String username;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private Instant joinedAt;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  /** The roles held when deactivated, comma-separated, restored on reactivation. */
  @Column(name = "held_roles")
  private String heldRoles;

  @Version private long version;

  protected TenantMember() {}

  public TenantMember(
      String userId, String username, String email, String displayName, Instant joinedAt) {
    this.userId = Objects.requireNonNull(userId, "userId");
    this.username = Objects.requireNonNull(username, "username");
    this.email = email;
    this.displayName = displayName;
    this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
  }

  /** Takes the profile the identity provider now reports; true when anything changed. */
  public boolean refresh(String newUsername, String newEmail, String newDisplayName) {
    boolean changed =
        !Objects.equals(username, newUsername)
            || !Objects.equals(email, newEmail)
            || !Objects.equals(displayName, newDisplayName);
    username = newUsername;
    email = newEmail;
    displayName = newDisplayName;
    return changed;
  }

  /** Takes the person's roles away, remembering them; they keep their place in the tenant. */
  public void deactivate(Set<String> roles, Instant now) {
    if (deactivatedAt != null) {
      throw new IllegalStateException("already deactivated");
    }
    deactivatedAt = now;
    heldRoles = String.join(",", new TreeSet<>(roles));
  }

  /** The roles to give back. */
  public Set<String> reactivate() {
    if (deactivatedAt == null) {
      throw new IllegalStateException("not deactivated");
    }
    Set<String> roles =
        heldRoles == null || heldRoles.isEmpty() ? Set.of() : Set.of(heldRoles.split(","));
    deactivatedAt = null;
    heldRoles = null;
    return roles;
  }

  /** Drops a role from those to give back, as the role no longer exists; true if it was kept. */
  public boolean forgetKeptRole(String role) {
    if (heldRoles == null || heldRoles.isEmpty()) {
      return false;
    }
    Set<String> kept = new TreeSet<>(Set.of(heldRoles.split(",")));
    if (!kept.remove(role)) {
      return false;
    }
    heldRoles = String.join(",", kept);
    return true;
  }

  public boolean isActive() {
    return deactivatedAt == null;
  }

  public Instant deactivatedAt() {
    return deactivatedAt;
  }

  public String userId() {
    return userId;
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public Instant joinedAt() {
    return joinedAt;
  }
}
