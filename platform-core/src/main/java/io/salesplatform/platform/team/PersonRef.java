package io.salesplatform.platform.team;

/**
 * A person of the company as records name them.
 *
 * @param id their user id
 * @param name their display name, or their user name, or {@code null} when unknown
 */
public record PersonRef(String id, String name) {}
