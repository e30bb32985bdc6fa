package io.salesplatform.platform.contract;

/** What clients send about contracts. */
public final class ContractRequests {

  private ContractRequests() {}

  /** A contract to make from an accepted quote. */
  public static class Create {
    /** The accepted quote (its id); one contract per quote. */
    public String quoteId;

    /** The contract's terms; optional. */
    public String terms;

    /** Notes; optional. */
    public String notes;
  }

  /** New terms and notes: a new revision. */
  public static class Amend {
    /** The contract's terms. */
    public String terms;

    /** Notes. */
    public String notes;

    /** The version the change is based on (or If-Match). */
    public Long version;
  }

  /** A step that needs only the version: submitting. */
  public static class Step {
    /** The version the step is based on (or If-Match). */
    public Long version;
  }

  /** Legal's decision. */
  public static class Review {
    /** {@code approve}, {@code reject} or {@code request-changes}. */
    public String decision;

    /** Why; required unless approving. */
    public String comment;

    /** The version the decision is based on (or If-Match). */
    public Long version;
  }

  /** A manager's approval to sign beyond the customer's credit. */
  public static class CreditApproval {
    /** Why; required. */
    public String comment;

    /** The version the approval is based on (or If-Match). */
    public Long version;
  }

  /** The signature. */
  public static class Sign {
    /** The day it was signed (ISO date), not after today; today when left out. */
    public String signedOn;

    /** Who signed for the customer; required. */
    public String signedBy;

    /** The version the signing is based on (or If-Match). */
    public Long version;
  }

  /** A milestone or obligation to track. */
  public static class NewMilestone {
    /** What is due, 1 to 200 characters. */
    public String title;

    /**
     * {@code delivery}, {@code invoice}, {@code company-obligation} or {@code customer-obligation}.
     */
    public String kind;

    /** The day it is due (ISO date). */
    public String dueOn;

    /** For an invoice: its amount, a decimal more than 0 in the contract's currency. */
    public String amount;
  }

  /** A milestone done: delivered, paid or kept. */
  public static class Done {
    /** The day (ISO date), not after today; today when left out. */
    public String on;
  }
}
