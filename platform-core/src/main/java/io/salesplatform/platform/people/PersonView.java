package io.salesplatform.platform.people;

import java.time.Instant;
import java.util.List;

/**
 * A person of the tenant.
 *
 * @param id their identity-provider id
 * @param username their sign-in name
 * @param email their email address
 * @param name their full name
 * @param roles their roles in this tenant (empty while deactivated)
 * @param active false while deactivated
 * @param deactivatedAt when they were deactivated, or {@code null}
 * @param initialPassword a one-time password, only in the answer that created their account
 */
public record PersonView(
    String id,
    String username,
    String email,
    String name,
    List<String> roles,
    boolean active,
    Instant deactivatedAt,
    String initialPassword) {}
