package io.salesplatform.platform.pipeline;

/** What clients send about opportunities. */
public final class OpportunityRequests {

  private OpportunityRequests() {}

  /** An opportunity to open, or its new description. */
  public static class Describe {
    /** The customer (its id); required on creation, never changed. */
    public String customerId;

    /** What is to be sold, 1 to 200 characters. */
    public String title;

    /** The expected value, a decimal such as {@code 12500.00}, not negative. */
    public String amount;

    /** The value's ISO 4217 currency; the company's currency when absent. */
    public String currency;

    /**
     * Who owns it (user id); the caller when absent. Only {@code opportunities.all} names someone
     * else.
     */
    public String ownerId;

    /** The version a change is based on (or If-Match); not used on creation. */
    public Long version;
  }

  /** A move to another stage. */
  public static class Move {
    /** The stage to move to, such as {@code needs-analysis}. */
    public String stage;

    /** Who is responsible for the new stage (user id); the opportunity's owner when absent. */
    public String ownerId;

    /** The version the move is based on (or If-Match). */
    public Long version;
  }

  /** The end of an opportunity. */
  public static class Close {
    /** {@code won} or {@code lost}. */
    public String outcome;

    /** Why; required. */
    public String reason;

    /** The version the closing is based on (or If-Match). */
    public Long version;
  }

  /** A repeat sale opened from a ticket or a contract; every field is optional. */
  public static class RepeatSale {
    /** What is to be sold, 1 to 200 characters; "Repeat sale to <customer>" when absent. */
    public String title;

    /** The expected value, a decimal such as {@code 12500.00}; 0 when absent. */
    public String amount;

    /** The value's ISO 4217 currency; the company's currency when absent. */
    public String currency;
  }
}
