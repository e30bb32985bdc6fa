package io.salesplatform.platform.customer;

/**
 * A person to talk to at a customer.
 *
 * @param name their name, required
 * @param title their position, such as {@code Head of IT}, or {@code null}
 * @param email their email address, or {@code null}
 * @param phone their phone number, or {@code null}
 */
public record Contact(String name, String title, String email, String phone) {}
