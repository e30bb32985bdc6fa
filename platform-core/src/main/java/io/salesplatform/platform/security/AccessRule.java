package io.salesplatform.platform.security;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.util.Set;

/**
 * Who may call an endpoint, read from its annotations: the method's rule, else its class's.
 *
 * @param kind public, any signed-in caller, some roles, a permission, or no one
 * @param requires the roles admitted, for {@link Kind#ROLES}; the permission needed, for {@link
 *     Kind#PERMISSION}
 */
public record AccessRule(Kind kind, Set<String> requires) {

  public enum Kind {
    PUBLIC,
    SIGNED_IN,
    ROLES,
    PERMISSION,
    NO_ONE
  }

  public static AccessRule of(ResourceInfo resource) {
    return of(resource.getResourceMethod(), resource.getResourceClass());
  }

  /** The rule of a resource method, else of its class. */
  public static AccessRule of(AnnotatedElement method, AnnotatedElement resourceClass) {
    for (AnnotatedElement place : new AnnotatedElement[] {method, resourceClass}) {
      if (place == null) {
        continue;
      }
      if (place.isAnnotationPresent(Public.class)) {
        return new AccessRule(Kind.PUBLIC, Set.of());
      }
      if (place.isAnnotationPresent(SignedIn.class)) {
        return new AccessRule(Kind.SIGNED_IN, Set.of());
      }
      RequiresPermission permission = place.getAnnotation(RequiresPermission.class);
      if (permission != null) {
        return new AccessRule(Kind.PERMISSION, Set.of(permission.value()));
      }
      Allow roles = place.getAnnotation(Allow.class);
      if (roles != null) {
        return new AccessRule(Kind.ROLES, Set.of(roles.value()));
      }
    }
    return new AccessRule(Kind.NO_ONE, Set.of());
  }

  public AccessRule {
    requires = Set.copyOf(requires);
  }
}
