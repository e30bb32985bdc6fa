package io.salesplatform.platform.customer;

import java.util.List;

/** A customer file as a client sends it, to create it or to replace its content. */
public class CustomerRequest {
  /** The customer's name; required. */
  public String name;

  public String industry;

  /** The segment, which sets the follow-up interval, such as {@code strategic}. */
  public String segment;

  public String address;
  public String website;
  public String notes;
  public List<ContactRequest> contacts;

  /**
   * The person of the company who looks after the customer (their user id); the caller when absent.
   * Only a caller with {@code customers.all} assigns customers to someone else.
   */
  public String assignedRepId;

  /** How the customer was found: market-research, trade-show, web, referral or other. */
  public String channel;

  /** Important facts of the customer's development (policy 5.1). */
  public String developmentNotes;

  /** The customer's recorded needs (policy 5.2). */
  public String needs;

  /** The version a change is based on (or send the ETag as If-Match); not used on creation. */
  public Long version;

  /** A person to talk to at the customer. */
  public static class ContactRequest {
    public String name;
    public String title;
    public String email;
    public String phone;
  }

  CustomerProfile.Checked check() {
    return CustomerProfile.check(
        "",
        name,
        industry,
        segment,
        address,
        website,
        notes,
        contacts == null
            ? List.of()
            : contacts.stream()
                .map(c -> c == null ? null : new Contact(c.name, c.title, c.email, c.phone))
                .toList(),
        channel,
        developmentNotes,
        needs);
  }
}
