package io.salesplatform.platform.quote;

import java.math.BigDecimal;
import java.util.List;

/** What clients send about quotes. */
public final class QuoteRequests {

  private QuoteRequests() {}

  /** A quote to make, or the new lines of a revision. */
  public static class Draft {
    /** The opportunity (its id); required on creation, never changed. The customer follows it. */
    public String opportunityId;

    /** When the customer asked for the quote (ISO instant); now when left out. Creation only. */
    public String requestedAt;

    /** The lines, at least one, from the active catalogue, priced in the company's currency. */
    public List<Line> lines;

    /** The version a revision is based on (or If-Match); not used on creation. */
    public Long version;
  }

  /** One line of a quote. */
  public static class Line {
    /** The product (its id), active in the catalogue. */
    public String productId;

    /** How many, more than 0. */
    public BigDecimal quantity;

    /** The discount asked for on top of the pricing policy, 0 to 100 percent; optional. */
    public BigDecimal discountPercent;
  }

  /** A manager's decision. */
  public static class Approval {
    /** {@code approve} or {@code reject}. */
    public String decision;

    /** Why; required when rejecting. */
    public String comment;

    /** The version the decision is based on (or If-Match). */
    public Long version;
  }

  /** The step of sending a quote. */
  public static class Send {
    /** The version it is based on (or If-Match). */
    public Long version;
  }

  /** The customer's answer. */
  public static class Response {
    /** {@code accepted} or {@code refused}. */
    public String answer;

    /** Why; required when refused. */
    public String reason;

    /** The version the answer is based on (or If-Match). */
    public Long version;
  }
}
