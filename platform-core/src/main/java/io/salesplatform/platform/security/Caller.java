package io.salesplatform.platform.security;

import java.util.Map;
import java.util.Set;

/**
 * A verified caller.
 *
 * @param subject the identity provider's stable id of the person or client
 * @param username the sign-in name
 * @param email the email address, or {@code null}
 * @param name the display name, or {@code null}
 * @param issuer the realm that vouched for the caller
 * @param platformRoles roles in the platform itself, such as {@code platform-admin}
 * @param tenantRoles the roles held in each tenant, by tenant slug
 */
public record Caller(
    String subject,
    String username,
    String email,
    String name,
    TrustedIssuer issuer,
    Set<String> platformRoles,
    Map<String, Set<String>> tenantRoles) {

  public static final String PLATFORM_ADMIN = "platform-admin";

  public Caller {
    platformRoles = Set.copyOf(platformRoles);
    tenantRoles = Map.copyOf(tenantRoles);
  }

  /** The roles held in {@code tenantSlug}; empty when the caller has no place in that tenant. */
  public Set<String> rolesIn(String tenantSlug) {
    return tenantRoles.getOrDefault(tenantSlug, Set.of());
  }

  public boolean isPlatformAdmin() {
    return issuer.kind() == TrustedIssuer.Kind.PLATFORM && platformRoles.contains(PLATFORM_ADMIN);
  }
}
