package io.salesplatform.platform.role;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.tenant.config.RoleDefinition;
import io.salesplatform.tenant.config.RoleName;
import java.util.List;

/**
 * A custom role to define, or a new definition of one. Checked in code by {@link RoleDefinition}'s
 * rules, which report every bad field at once.
 */
public class RoleRequest {

  /**
   * Its name, when defining it: 2 to 40 lower-case letters, digits and hyphens, starting with a
   * letter, not a standard role's. A change may repeat the role's name but not alter it.
   */
  public String name;

  /** What the role is for; optional, at most 500 characters. */
  public String description;

  /**
   * The ids of the permissions it grants, such as {@code audit.read}; an empty list grants none.
   */
  public List<String> permissions;

  /**
   * For a change: the version it was made from (or an {@code If-Match} header with the role's
   * ETag); a stale one gets 409. Optional.
   */
  public Long version;

  /** The definition of a new role, or a 400 naming every bad field. */
  RoleDefinition definition() {
    return read(name);
  }

  /** A new definition of the existing role {@code existing}, or a 400 naming every bad field. */
  RoleDefinition redefinition(RoleName existing) {
    if (name != null && !name.equals(existing.value())) {
      throw Problems.badRequest(
          "name", "a role keeps its name; define a role named '" + name + "' instead");
    }
    return read(existing.value());
  }

  private RoleDefinition read(String roleName) {
    try {
      return RoleDefinition.read(roleName, description, permissions);
    } catch (RoleDefinition.Invalid e) {
      throw Problems.badRequest(
          "The role is invalid: " + e.getMessage(),
          e.violations().stream()
              .map(v -> new Problem.FieldError(v.field(), v.message()))
              .toList());
    }
  }
}
