package io.salesplatform.platform.security;

/** Tells which tenants have a realm of their own in the identity provider. */
public interface DedicatedRealms {

  /** Whether the tenant {@code slug} is registered with a realm of its own. */
  boolean hasOwnRealm(String slug);
}
