package io.salesplatform.platform.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a quote stands. */
public enum QuoteStatus {
  /** Priced, needing no approval (or not yet asked): may be revised or sent. */
  DRAFT("draft"),
  /** Priced outside what the author may grant: a manager approves or rejects it. */
  PENDING_APPROVAL("pending-approval"),
  /** A manager approved it: may be sent. */
  APPROVED("approved"),
  /** A manager rejected it: changes are needed, so it may be revised. */
  REJECTED("rejected"),
  /** Sent to the customer, valid until its day. */
  SENT("sent"),
  /** The customer accepted it: a contract may be made from it. */
  ACCEPTED("accepted"),
  /** The customer refused it: it may be revised and sent again. */
  REFUSED("refused");

  private final String id;

  QuoteStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether its lines may change, making a new version. */
  public boolean revisable() {
    return this == DRAFT || this == REJECTED || this == REFUSED;
  }

  public static Optional<QuoteStatus> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(QuoteStatus::id).toList();
  }
}
