package io.salesplatform.platform.role;

import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.RoleDefinition;
import io.salesplatform.tenant.config.RoleName;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A role a tenant defined for itself. Its name never changes (it is the identity provider's group
 * for the role); its description and permissions do, each change a new version. Never kept in the
 * shared cache: what a role grants is read from the database whenever it matters.
 */
@Entity
@Table(name = "custom_role")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class CustomRole {

  private static final String SEPARATOR = ",";

  @Id
  @Column(updatable = false)
  private String name;

  private String description;

  /** Permission ids, sorted, separated by commas. */
  @Column(nullable = false)
  private String permissions;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CustomRole() {}

  public CustomRole(RoleDefinition definition, Instant now) {
    this.name = definition.name().value();
    this.description = definition.description();
    this.permissions = String.join(SEPARATOR, definition.permissionIds());
    this.createdAt = Objects.requireNonNull(now, "now");
    this.updatedAt = now;
  }

  /**
   * Takes a new description and permissions under the same name; true when anything changed, and
   * only then does the role get a new version.
   */
  public boolean redefine(RoleDefinition definition, Instant now) {
    if (!definition.name().value().equals(name)) {
      throw new IllegalArgumentException("a role keeps its name");
    }
    String newPermissions = String.join(SEPARATOR, definition.permissionIds());
    if (Objects.equals(description, definition.description())
        && permissions.equals(newPermissions)) {
      return false;
    }
    description = definition.description();
    permissions = newPermissions;
    updatedAt = now;
    return true;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /**
   * What the role grants. An id the platform no longer knows grants nothing, so a permission
   * retired from the code cannot linger in a stored role.
   */
  public Set<Permission> permissions() {
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    if (!permissions.isEmpty()) {
      Arrays.stream(permissions.split(SEPARATOR))
          .map(Permission::byId)
          .flatMap(Optional::stream)
          .forEach(granted::add);
    }
    return granted;
  }

  /** The role as its definition reads. */
  public RoleDefinition definition() {
    return new RoleDefinition(new RoleName(name), description, permissions());
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
