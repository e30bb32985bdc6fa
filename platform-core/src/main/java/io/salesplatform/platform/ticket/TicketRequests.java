package io.salesplatform.platform.ticket;

/** What clients send about tickets. */
public final class TicketRequests {

  private TicketRequests() {}

  /** A ticket to open. */
  public static class Open {
    /** The customer (its id), in the caller's customer reach; required. */
    public String customerId;

    /** The contract it concerns (its id), a contract of the same customer; optional. */
    public String contractId;

    /** complaint or feedback; required. */
    public String kind;

    /** product, delivery, service, billing or other; required. */
    public String category;

    /** critical, high, medium or low; required: it sets the response deadline. */
    public String severity;

    /** A short subject, 1 to 200 characters; required. */
    public String subject;

    /** What the customer reported, 1 to 10,000 characters; required. */
    public String description;

    /** Who reported it at the customer; optional (the survey at closing goes to them). */
    public Contact contact;

    /**
     * Who handles it (user id); the customer's rep when absent. Anyone else needs {@code
     * tickets.assign}.
     */
    public String assigneeId;
  }

  /** A person at the customer. */
  public static class Contact {
    /** Their name, 1 to 200 characters; required when a contact is given. */
    public String name;

    /** Their e-mail address; optional. */
    public String email;

    /** Their phone number, at most 50 characters; optional. */
    public String phone;
  }

  /** A response, resolution or reopening, with the version it is based on. */
  public static class Step {
    /** The response to the customer (respond), the resolution (resolve) or why (reopen). */
    public String text;

    /** The version the step is based on (or If-Match). */
    public Long version;
  }

  /** A new assignee. */
  public static class Assign {
    /** The person who handles it from now on (user id); required. */
    public String assigneeId;

    /** The version the assignment is based on (or If-Match). */
    public Long version;
  }

  /** Closing a resolved ticket. */
  public static class Close {
    /** The version the closing is based on (or If-Match). */
    public Long version;
  }
}
