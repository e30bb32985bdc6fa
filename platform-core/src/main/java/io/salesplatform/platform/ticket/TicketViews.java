package io.salesplatform.platform.ticket;

import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.customer.Reps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What crosses the wire about tickets. */
public final class TicketViews {

  private TicketViews() {}

  /**
   * A ticket with its history.
   *
   * @param id its id
   * @param customerId its customer
   * @param contractId the contract it concerns, if any
   * @param kind complaint or feedback
   * @param category product, delivery, service, billing or other
   * @param severity critical, high, medium or low
   * @param subject its subject
   * @param description what the customer reported
   * @param contact who reported it, if known
   * @param assignee who handles it
   * @param status open, in-progress, resolved or closed
   * @param responseHours the company's response hours for its severity when it was opened
   * @param settingsRevision the settings revision those hours come from
   * @param responseDue when the first response is due
   * @param resolutionDue when the resolution is due
   * @param firstResponseAt when it was first answered
   * @param firstResponseBy who first answered it
   * @param resolution how it was resolved
   * @param resolvedAt when it was resolved
   * @param resolvedBy who resolved it
   * @param closedAt when it was closed
   * @param surveyId the satisfaction survey issued at its closing, if one was
   * @param overdue whether a deadline is missed now
   * @param missedDeadline {@code response} or {@code resolution} when overdue
   * @param openedBy who opened it
   * @param openedAt when
   * @param updatedAt when it last changed
   * @param version its version, also the ETag
   * @param history every step, oldest first
   */
  public record TicketView(
      UUID id,
      UUID customerId,
      UUID contractId,
      String kind,
      String category,
      String severity,
      String subject,
      String description,
      ContactView contact,
      Rep assignee,
      String status,
      int responseHours,
      int settingsRevision,
      Instant responseDue,
      Instant resolutionDue,
      Instant firstResponseAt,
      Rep firstResponseBy,
      String resolution,
      Instant resolvedAt,
      Rep resolvedBy,
      Instant closedAt,
      UUID surveyId,
      boolean overdue,
      String missedDeadline,
      Rep openedBy,
      Instant openedAt,
      Instant updatedAt,
      long version,
      List<HistoryView> history) {}

  /**
   * Who reported a ticket.
   *
   * @param name their name
   * @param email their e-mail address, if given
   * @param phone their phone number, if given
   */
  public record ContactView(String name, String email, String phone) {}

  /**
   * One step of a ticket.
   *
   * @param action opened, responded, assigned, resolved, closed or reopened
   * @param fromStatus the status before
   * @param toStatus the status after
   * @param note the response, resolution or reason
   * @param assignee the new assignee, for assigned
   * @param by who did it
   * @param at when
   */
  public record HistoryView(
      String action,
      String fromStatus,
      String toStatus,
      String note,
      Rep assignee,
      Rep by,
      Instant at) {}

  static TicketView of(Ticket t, Reps reps, Instant now) {
    String missed = t.missedDeadline(now).orElse(null);
    return new TicketView(
        t.id(),
        t.customerId(),
        t.contractId(),
        t.kind(),
        t.category(),
        t.severity(),
        t.subject(),
        t.description(),
        t.contactName() == null
            ? null
            : new ContactView(t.contactName(), t.contactEmail(), t.contactPhone()),
        reps.get(t.assigneeId()),
        t.status().id(),
        t.responseHours(),
        t.settingsRevision(),
        t.responseDue(),
        t.resolutionDue(),
        t.firstResponseAt(),
        reps.get(t.firstResponseBy()),
        t.resolution(),
        t.resolvedAt(),
        reps.get(t.resolvedBy()),
        t.closedAt(),
        t.surveyId(),
        missed != null,
        missed,
        reps.get(t.openedBy()),
        t.openedAt(),
        t.updatedAt(),
        t.version(),
        t.history().stream()
            .map(
                e ->
                    new HistoryView(
                        e.action,
                        e.fromStatus,
                        e.toStatus,
                        "assigned".equals(e.action) ? null : e.note,
                        "assigned".equals(e.action) ? reps.get(e.note) : null,
                        reps.get(e.byId),
                        Instant.parse(e.at)))
            .toList());
  }
}
