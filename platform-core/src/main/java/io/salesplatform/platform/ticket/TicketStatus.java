package io.salesplatform.platform.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a ticket stands: open → in-progress → resolved → closed, reopened from the last two. */
public enum TicketStatus {
  /** Opened, not yet answered. */
  OPEN("open"),
  /** Answered at least once, being worked on. */
  IN_PROGRESS("in-progress"),
  /** Resolved, with a resolution; may be closed or reopened. */
  RESOLVED("resolved"),
  /** Closed: the customer was surveyed; may be reopened for a while. */
  CLOSED("closed");

  private final String id;

  TicketStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether the ticket is still being worked on (open or in progress). */
  public boolean unresolved() {
    return this == OPEN || this == IN_PROGRESS;
  }

  public static Optional<TicketStatus> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(TicketStatus::id).toList();
  }
}
