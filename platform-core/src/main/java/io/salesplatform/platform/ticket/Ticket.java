package io.salesplatform.platform.ticket;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A customer's complaint or feedback (policy 4.5). Its response deadline is fixed when it is
 * opened, from the company's response hours for its severity in the settings revision then current;
 * the hours are kept on the ticket so that a later settings change moves no old deadline. It must
 * be resolved within {@value #RESOLUTION_FACTOR} times those hours. It moves open → in-progress
 * (first response) → resolved (with a resolution) → closed, and may be reopened from resolved, or
 * from closed within {@value #REOPEN_DAYS} days; every move is kept in its history.
 */
@Entity
@Table(name = "ticket")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Ticket {

  public static final Set<String> KINDS = Set.of("complaint", "feedback");
  public static final List<String> CATEGORIES =
      List.of("product", "delivery", "service", "billing", "other");
  public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

  /** The resolution deadline is this many times the response hours after opening (or reopening). */
  public static final int RESOLUTION_FACTOR = 4;

  /** A closed ticket may be reopened within this many days of its closing. */
  public static final int REOPEN_DAYS = 30;

  /** One event of a ticket's history, as kept. */
  public static class Entry {
    /** opened, responded, assigned, resolved, closed or reopened. */
    public String action;

    public String fromStatus;
    public String toStatus;

    /** The response, resolution or reopening reason; the new assignee's id for assigned. */
    public String note;

    public String byId;
    public String at;
  }

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  // kept as text: EclipseLink's UUID conversion fails on a null column
  @Column(name = "contract_id", updatable = false)
  private String contractId;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(nullable = false, updatable = false)
  private String category;

  @Column(nullable = false, updatable = false)
  private String severity;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String description;

  @Column(name = "contact_name", updatable = false)
  private String contactName;

  @Column(name = "contact_email", updatable = false)
  private String contactEmail;

  @Column(name = "contact_phone", updatable = false)
  private String contactPhone;

  @Column(name = "assignee_id", nullable = false)
  private String assigneeId;

  @Column(nullable = false)
  private String status;

  @Column(name = "response_hours", nullable = false, updatable = false)
  private int responseHours;

  @Column(name = "settings_revision", nullable = false, updatable = false)
  private int settingsRevision;

  @Column(name = "response_due", nullable = false, updatable = false)
  private Instant responseDue;

  @Column(name = "resolution_due", nullable = false)
  private Instant resolutionDue;

  @Column(name = "first_response_at")
  private Instant firstResponseAt;

  @Column(name = "first_response_by")
  private String firstResponseBy;

  @Column private String resolution;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "survey_id")
  private String surveyId;

  @Column(nullable = false, columnDefinition = "jsonb")
  private String history;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Ticket() {}

  /** What a ticket is about, as opened. */
  public record Content(
      UUID customerId,
      UUID contractId,
      String kind,
      String category,
      String severity,
      String subject,
      String description,
      String contactName,
      String contactEmail,
      String contactPhone) {}

  /**
   * A new open ticket.
   *
   * @param responseHours the company's response hours for its severity
   * @param settingsRevision the settings revision those hours come from
   */
  public Ticket(
      Content content,
      String assigneeId,
      int responseHours,
      int settingsRevision,
      String openedBy,
      Instant now) {
    if (responseHours < 1) {
      throw new IllegalArgumentException("response hours must be positive");
    }
    this.id = UUID.randomUUID();
    this.customerId = Objects.requireNonNull(content.customerId(), "customerId");
    this.contractId = content.contractId() == null ? null : content.contractId().toString();
    this.kind = content.kind();
    this.category = content.category();
    this.severity = content.severity();
    this.subject = content.subject();
    this.description = content.description();
    this.contactName = content.contactName();
    this.contactEmail = content.contactEmail();
    this.contactPhone = content.contactPhone();
    this.assigneeId = Objects.requireNonNull(assigneeId, "assigneeId");
    this.status = TicketStatus.OPEN.id();
    this.responseHours = responseHours;
    this.settingsRevision = settingsRevision;
    this.responseDue = now.plus(Duration.ofHours(responseHours));
    this.resolutionDue = now.plus(Duration.ofHours((long) responseHours * RESOLUTION_FACTOR));
    this.openedBy = openedBy;
    this.openedAt = now;
    this.updatedAt = now;
    this.history = "[]";
    log("opened", null, TicketStatus.OPEN, null, openedBy, now);
  }

  /**
   * Records a response to the customer; the first one is the first response and moves an open
   * ticket in progress.
   *
   * @return why it is refused, or empty
   */
  public Optional<String> respond(String text, String by, Instant now) {
    TicketStatus from = status();
    if (!from.unresolved()) {
      return Optional.of(
          "The ticket is " + from.id() + "; reopen it before responding to it again.");
    }
    if (firstResponseAt == null) {
      firstResponseAt = now;
      firstResponseBy = by;
    }
    status = TicketStatus.IN_PROGRESS.id();
    log("responded", from, TicketStatus.IN_PROGRESS, text, by, now);
    return Optional.empty();
  }

  /**
   * Resolves it with a resolution; a ticket resolved before any response counts the resolution as
   * its first response.
   *
   * @return why it is refused, or empty
   */
  public Optional<String> resolve(String text, String by, Instant now) {
    TicketStatus from = status();
    if (!from.unresolved()) {
      return Optional.of("The ticket is already " + from.id() + ".");
    }
    if (firstResponseAt == null) {
      firstResponseAt = now;
      firstResponseBy = by;
    }
    resolution = text;
    resolvedAt = now;
    resolvedBy = by;
    status = TicketStatus.RESOLVED.id();
    log("resolved", from, TicketStatus.RESOLVED, text, by, now);
    return Optional.empty();
  }

  /**
   * Closes a resolved ticket.
   *
   * @return why it is refused, or empty
   */
  public Optional<String> close(String by, Instant now) {
    TicketStatus from = status();
    if (from != TicketStatus.RESOLVED) {
      return Optional.of(
          from == TicketStatus.CLOSED
              ? "The ticket is already closed."
              : "Only a resolved ticket is closed; this one is " + from.id() + ".");
    }
    closedAt = now;
    status = TicketStatus.CLOSED.id();
    log("closed", from, TicketStatus.CLOSED, null, by, now);
    return Optional.empty();
  }

  /**
   * Reopens a resolved ticket, or a closed one within {@value #REOPEN_DAYS} days of its closing: it
   * is in progress again, its resolution is cleared and it is due to be resolved anew.
   *
   * @return why it is refused, or empty
   */
  public Optional<String> reopen(String reason, String by, Instant now) {
    TicketStatus from = status();
    if (from.unresolved()) {
      return Optional.of("The ticket is " + from.id() + ", not resolved or closed.");
    }
    if (from == TicketStatus.CLOSED && closedAt.plus(Duration.ofDays(REOPEN_DAYS)).isBefore(now)) {
      return Optional.of(
          "The ticket was closed more than "
              + REOPEN_DAYS
              + " days ago; open a new ticket instead.");
    }
    resolution = null;
    resolvedAt = null;
    resolvedBy = null;
    closedAt = null;
    resolutionDue = now.plus(Duration.ofHours((long) responseHours * RESOLUTION_FACTOR));
    status = TicketStatus.IN_PROGRESS.id();
    log("reopened", from, TicketStatus.IN_PROGRESS, reason, by, now);
    return Optional.empty();
  }

  /**
   * Gives it to another person.
   *
   * @return why it is refused, or empty
   */
  public Optional<String> assign(String newAssigneeId, String by, Instant now) {
    if (status() == TicketStatus.CLOSED) {
      return Optional.of("The ticket is closed; reopen it before reassigning it.");
    }
    assigneeId = newAssigneeId;
    log("assigned", status(), status(), newAssigneeId, by, now);
    return Optional.empty();
  }

  /** Notes the survey issued at its closing. */
  public void surveyed(UUID survey) {
    this.surveyId = survey == null ? null : survey.toString();
  }

  /**
   * Which deadline it has missed at {@code now}: {@code response} while unanswered past the
   * response deadline, {@code resolution} while unresolved past the resolution deadline, or empty.
   */
  public Optional<String> missedDeadline(Instant now) {
    if (!status().unresolved()) {
      return Optional.empty();
    }
    if (firstResponseAt == null && responseDue.isBefore(now)) {
      return Optional.of("response");
    }
    if (resolutionDue.isBefore(now)) {
      return Optional.of("resolution");
    }
    return Optional.empty();
  }

  private void log(
      String action, TicketStatus from, TicketStatus to, String note, String by, Instant now) {
    JsonArrayBuilder kept = Json.createArrayBuilder();
    if (history != null) {
      try (var reader = Json.createReader(new StringReader(history))) {
        reader.readArray().forEach(kept::add);
      }
    }
    JsonObjectBuilder entry = Json.createObjectBuilder().add("action", action);
    put(entry, "fromStatus", from == null ? null : from.id());
    put(entry, "toStatus", to.id());
    put(entry, "note", note);
    put(entry, "byId", by);
    put(entry, "at", now.toString());
    this.history = kept.add(entry).build().toString();
    this.updatedAt = now;
  }

  private static void put(JsonObjectBuilder builder, String name, String value) {
    if (value == null) {
      builder.addNull(name);
    } else {
      builder.add(name, value);
    }
  }

  /** Every step, oldest first. */
  public List<Entry> history() {
    List<Entry> entries = new ArrayList<>();
    if (history == null) {
      return entries;
    }
    try (var reader = Json.createReader(new StringReader(history))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject o = value.asJsonObject();
        Entry e = new Entry();
        e.action = text(o, "action");
        e.fromStatus = text(o, "fromStatus");
        e.toStatus = text(o, "toStatus");
        e.note = text(o, "note");
        e.byId = text(o, "byId");
        e.at = text(o, "at");
        entries.add(e);
      }
    }
    return entries;
  }

  private static String text(JsonObject o, String name) {
    return o.isNull(name) ? null : o.getString(name);
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID contractId() {
    return contractId == null ? null : UUID.fromString(contractId);
  }

  public String kind() {
    return kind;
  }

  public String category() {
    return category;
  }

  public String severity() {
    return severity;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public String contactName() {
    return contactName;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public String assigneeId() {
    return assigneeId;
  }

  public TicketStatus status() {
    return TicketStatus.byId(status).orElseThrow();
  }

  public int responseHours() {
    return responseHours;
  }

  public int settingsRevision() {
    return settingsRevision;
  }

  public Instant responseDue() {
    return responseDue;
  }

  public Instant resolutionDue() {
    return resolutionDue;
  }

  public Instant firstResponseAt() {
    return firstResponseAt;
  }

  public String firstResponseBy() {
    return firstResponseBy;
  }

  public String resolution() {
    return resolution;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public UUID surveyId() {
    return surveyId == null ? null : UUID.fromString(surveyId);
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
