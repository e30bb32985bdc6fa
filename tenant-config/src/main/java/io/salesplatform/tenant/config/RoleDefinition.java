package io.salesplatform.tenant.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A custom role as a tenant defines it: a name of its own, what it is for, and the permissions it
 * grants. Whoever holds it may do what those permissions allow, on top of their other roles.
 *
 * @param name the role's name, never a standard role's
 * @param description what the role is for, or {@code null}; at most {@value
 *     #MAX_DESCRIPTION_LENGTH} characters
 * @param permissions what it grants; may be empty, so that a role can be emptied at once without
 *     taking it from anyone
 */
public record RoleDefinition(RoleName name, String description, Set<Permission> permissions) {

  public static final int MAX_DESCRIPTION_LENGTH = 500;

  public RoleDefinition {
    Objects.requireNonNull(name, "name");
    if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException("a description is too long");
    }
    permissions =
        Collections.unmodifiableSet(
            permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions));
  }

  /**
   * Reads a definition as a request or a file gives it, reporting every violation at once.
   *
   * @param name the role's name
   * @param description what it is for; blank means none
   * @param permissions permission ids, such as {@code audit.read}; repeats count once
   * @throws Invalid naming each field that breaks a rule
   */
  public static RoleDefinition read(String name, String description, List<String> permissions) {
    List<Violation> violations = new ArrayList<>();
    RoleName.problem(name).ifPresent(p -> violations.add(new Violation("name", p)));
    String text = description == null || description.isBlank() ? null : description.trim();
    if (text != null && text.length() > MAX_DESCRIPTION_LENGTH) {
      violations.add(
          new Violation(
              "description",
              "a description has at most " + MAX_DESCRIPTION_LENGTH + " characters"));
    }
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    if (permissions == null) {
      violations.add(
          new Violation("permissions", "the permissions are required (an empty list grants none)"));
    } else {
      for (int i = 0; i < permissions.size(); i++) {
        String id = permissions.get(i);
        Optional<Permission> permission = Permission.byId(id);
        if (permission.isPresent()) {
          granted.add(permission.get());
        } else {
          violations.add(
              new Violation(
                  "permissions[" + i + "]",
                  "no permission '" + id + "'; permissions are " + Permission.ids()));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new Invalid(violations);
    }
    return new RoleDefinition(new RoleName(name), text, granted);
  }

  /** The ids of the permissions granted, in alphabetical order. */
  public List<String> permissionIds() {
    return permissions.stream().map(Permission::id).sorted().toList();
  }

  /**
   * One way in which a definition breaks a rule.
   *
   * @param field the field, such as {@code name} or {@code permissions[2]}
   * @param message what is wrong, in a sentence a tenant admin can act on
   */
  public record Violation(String field, String message) {

    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  /** Thrown by {@link #read} with every violation found, not just the first. */
  public static class Invalid extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    Invalid(List<Violation> violations) {
      super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
      this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
      return violations;
    }
  }
}
