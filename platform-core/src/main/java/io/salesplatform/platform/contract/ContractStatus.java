package io.salesplatform.platform.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a contract stands. */
public enum ContractStatus {
  /** Amended and not yet submitted to legal review. */
  DRAFT("draft"),
  /** Submitted: legal reviews it. */
  IN_REVIEW("in-review"),
  /** Legal asked for changes: the author amends and submits again. */
  CHANGES_REQUESTED("changes-requested"),
  /** Legal approved this revision: it may be signed. */
  APPROVED("approved"),
  /** Legal rejected it. */
  REJECTED("rejected"),
  /** Signed with the customer. */
  SIGNED("signed"),
  /** Every delivery milestone delivered. */
  COMPLETED("completed");

  private final String id;

  ContractStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether it was signed (and perhaps completed since). */
  public boolean signed() {
    return this == SIGNED || this == COMPLETED;
  }

  public static Optional<ContractStatus> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ContractStatus::id).toList();
  }
}
