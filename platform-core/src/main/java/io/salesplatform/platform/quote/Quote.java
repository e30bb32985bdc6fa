package io.salesplatform.platform.quote;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A quote for an opportunity (policy 4.4, 5.3). Its lines live in numbered {@link QuoteVersion}s;
 * the quote keeps where it stands and refuses what its state forbids: revising once sent, sending
 * before a needed approval, the author approving their own quote, accepting after its validity.
 */
@Entity
@Table(name = "quote")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Quote {

  /**
   * Why a step is refused.
   *
   * @param type the problem type's slug
   * @param detail for people
   */
  public record Refusal(String type, String detail) {}

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "opportunity_id", nullable = false, updatable = false)
  private UUID opportunityId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(nullable = false)
  private String status;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(nullable = false)
  private String currency;

  @Column(name = "net_total", nullable = false)
  private BigDecimal netTotal;

  @Column(name = "approval_required", nullable = false)
  private boolean approvalRequired;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "response_due", nullable = false, updatable = false)
  private Instant responseDue;

  @Column(name = "approved_by")
  private String decidedBy;

  @Column(name = "approval_comment")
  private String approvalComment;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_on")
  private LocalDate sentOn;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "answer_reason")
  private String answerReason;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Quote() {}

  /**
   * A new quote, before its first version.
   *
   * @param requestedAt when the customer asked for it
   * @param responseDue when it is to be delivered, from the company's response time
   */
  public Quote(
      UUID opportunityId,
      UUID customerId,
      String ownerId,
      String currency,
      Instant requestedAt,
      Instant responseDue,
      Instant now) {
    this.id = UUID.randomUUID();
    this.opportunityId = Objects.requireNonNull(opportunityId, "opportunityId");
    this.customerId = Objects.requireNonNull(customerId, "customerId");
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.requestedAt = requestedAt;
    this.responseDue = responseDue;
    this.createdAt = now;
    this.status = QuoteStatus.DRAFT.name();
    this.currentVersion = 0;
    this.netTotal = BigDecimal.ZERO;
  }

  /**
   * Takes newly priced lines as the next version; refused unless the quote is new, a draft, or
   * rejected or refused. A previous manager's decision no longer holds for the new lines.
   */
  public Optional<Refusal> revise(BigDecimal total, boolean needsApproval, Instant now) {
    if (currentVersion > 0 && !status().revisable()) {
      return Optional.of(
          new Refusal(
              "quote-not-revisable",
              "A "
                  + status().id()
                  + " quote is not revised; only a draft, a rejected or a refused one is."));
    }
    this.currentVersion++;
    this.netTotal = total;
    this.approvalRequired = needsApproval;
    this.status = (needsApproval ? QuoteStatus.PENDING_APPROVAL : QuoteStatus.DRAFT).name();
    this.decidedBy = null;
    this.approvalComment = null;
    this.decidedAt = null;
    this.updatedAt = now;
    return Optional.empty();
  }

  /**
   * A manager's decision on the current version: approved, or rejected so that changes are made. A
   * draft may be approved too (a credit decision asking for review needs it); nobody decides on a
   * quote they own.
   */
  public Optional<Refusal> decide(boolean approve, String by, String comment, Instant now) {
    if (status() != QuoteStatus.PENDING_APPROVAL && status() != QuoteStatus.DRAFT) {
      return Optional.of(
          new Refusal(
              "quote-not-awaiting-approval", "A " + status().id() + " quote awaits no approval."));
    }
    if (ownerId.equals(by)) {
      return Optional.of(
          new Refusal(
              "own-quote-approval",
              "Nobody approves or rejects a quote they own; another manager decides."));
    }
    this.status = (approve ? QuoteStatus.APPROVED : QuoteStatus.REJECTED).name();
    this.decidedBy = by;
    this.approvalComment = comment;
    this.decidedAt = now;
    this.updatedAt = now;
    return Optional.empty();
  }

  /** Sends it, valid {@code validityDays} from {@code today}; refused without a needed approval. */
  public Optional<Refusal> send(LocalDate today, int validityDays, Instant now) {
    switch (status()) {
      case PENDING_APPROVAL:
        return Optional.of(
            new Refusal(
                "approval-required",
                "The quote's prices or discounts need a manager's approval before it is sent."));
      case REJECTED:
        return Optional.of(
            new Refusal(
                "approval-required",
                "A manager rejected the quote; revise it (and have it approved) before sending."));
      case DRAFT:
      case APPROVED:
        break;
      default:
        return Optional.of(
            new Refusal("quote-not-sendable", "A " + status().id() + " quote is not sent again."));
    }
    this.status = QuoteStatus.SENT.name();
    this.sentAt = now;
    this.sentOn = today;
    this.validUntil = today.plusDays(validityDays);
    this.updatedAt = now;
    return Optional.empty();
  }

  /** The customer's answer; an expired quote cannot be accepted. */
  public Optional<Refusal> answer(boolean accepted, String reason, LocalDate today, Instant now) {
    if (status() != QuoteStatus.SENT) {
      return Optional.of(
          new Refusal(
              "quote-not-sent",
              "Only a sent quote is answered; this one is " + status().id() + "."));
    }
    if (accepted && expiredOn(today)) {
      return Optional.of(
          new Refusal(
              "quote-expired",
              "The quote was valid until "
                  + validUntil
                  + "; revise it and send it again to get an acceptance."));
    }
    this.status = (accepted ? QuoteStatus.ACCEPTED : QuoteStatus.REFUSED).name();
    this.answerReason = reason;
    this.answeredAt = now;
    this.updatedAt = now;
    return Optional.empty();
  }

  /** Whether it was sent and its last valid day is before {@code today}. */
  public boolean expiredOn(LocalDate today) {
    return status() == QuoteStatus.SENT && validUntil != null && validUntil.isBefore(today);
  }

  /** Whether it is still to be delivered to the customer and its response time has passed. */
  public boolean responseOverdue(Instant now) {
    return sentAt == null && now.isAfter(responseDue);
  }

  public UUID id() {
    return id;
  }

  public UUID opportunityId() {
    return opportunityId;
  }

  public UUID customerId() {
    return customerId;
  }

  public String ownerId() {
    return ownerId;
  }

  public QuoteStatus status() {
    return QuoteStatus.valueOf(status);
  }

  public int currentVersion() {
    return currentVersion;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal netTotal() {
    return netTotal;
  }

  public boolean approvalRequired() {
    return approvalRequired;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant responseDue() {
    return responseDue;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String approvalComment() {
    return approvalComment;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public LocalDate sentOn() {
    return sentOn;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public String answerReason() {
    return answerReason;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
