package io.salesplatform.platform.contract;

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
 * A contract made from an accepted quote (policy 4.4, 5.4). Legal review is mandatory before
 * signing (7.1): the contract refuses {@link #sign} unless legal approved its current revision, so
 * an amendment after the approval needs a new review, whoever asks. Owner, customer, value,
 * currency and the signing instant are plain columns, read for revenue.
 */
@Entity
@Table(name = "contract")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Contract {

  /** Legal's decisions. */
  public enum Review {
    APPROVE,
    REJECT,
    REQUEST_CHANGES
  }

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "quote_id", nullable = false, updatable = false)
  private UUID quoteId;

  @Column(name = "opportunity_id", nullable = false, updatable = false)
  private UUID opportunityId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String lines;

  @Column(nullable = false, updatable = false)
  private BigDecimal value;

  @Column(nullable = false, updatable = false)
  private String currency;

  private String terms;
  private String notes;

  @Column(nullable = false)
  private int revision;

  @Column(nullable = false)
  private String status;

  @Column(name = "reviewed_revision")
  private Integer reviewedRevision;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "review_comment")
  private String reviewComment;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "credit_approved_revision")
  private Integer creditApprovedRevision;

  @Column(name = "credit_approved_by")
  private String creditApprovedBy;

  @Column(name = "credit_approval_comment")
  private String creditApprovalComment;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Contract() {}

  /** A contract from a quote, submitted to legal review at once (revision 1). */
  public Contract(
      int number,
      UUID quoteId,
      UUID opportunityId,
      UUID customerId,
      String ownerId,
      String linesJson,
      BigDecimal value,
      String currency,
      String terms,
      String notes,
      Instant now) {
    this.id = UUID.randomUUID();
    this.number = number;
    this.quoteId = Objects.requireNonNull(quoteId, "quoteId");
    this.opportunityId = Objects.requireNonNull(opportunityId, "opportunityId");
    this.customerId = Objects.requireNonNull(customerId, "customerId");
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.lines = linesJson;
    this.value = value;
    this.currency = currency;
    this.terms = terms;
    this.notes = notes;
    this.revision = 1;
    this.status = ContractStatus.IN_REVIEW.name();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** New terms and notes: a new revision, to be submitted to legal again. */
  public Optional<String> amend(String newTerms, String newNotes, Instant now) {
    if (status().signed()) {
      return Optional.of("A " + status().id() + " contract is not amended.");
    }
    this.terms = newTerms;
    this.notes = newNotes;
    this.revision++;
    this.status = ContractStatus.DRAFT.name();
    this.updatedAt = now;
    return Optional.empty();
  }

  /** Submits the current revision to legal review. */
  public Optional<String> submit(Instant now) {
    if (status() != ContractStatus.DRAFT && status() != ContractStatus.CHANGES_REQUESTED) {
      return Optional.of(
          "A "
              + status().id()
              + " contract is not submitted; an amended (draft) one, or one legal asked changes"
              + " of, is.");
    }
    this.status = ContractStatus.IN_REVIEW.name();
    this.updatedAt = now;
    return Optional.empty();
  }

  /** Legal's decision on the current revision, which must be in review. */
  public Optional<String> review(Review decision, String by, String comment, Instant now) {
    if (status() != ContractStatus.IN_REVIEW) {
      return Optional.of(
          "Only a contract in review is reviewed; this one is " + status().id() + ".");
    }
    this.status =
        switch (decision) {
          case APPROVE -> ContractStatus.APPROVED.name();
          case REJECT -> ContractStatus.REJECTED.name();
          case REQUEST_CHANGES -> ContractStatus.CHANGES_REQUESTED.name();
        };
    this.reviewedRevision = revision;
    this.reviewedBy = by;
    this.reviewComment = comment;
    this.reviewedAt = now;
    this.updatedAt = now;
    return Optional.empty();
  }

  /** A manager's approval to sign the current revision beyond the customer's credit. */
  public Optional<String> approveCredit(String by, String comment, Instant now) {
    if (status().signed()) {
      return Optional.of("A " + status().id() + " contract needs no credit approval any more.");
    }
    this.creditApprovedRevision = revision;
    this.creditApprovedBy = by;
    this.creditApprovalComment = comment;
    this.updatedAt = now;
    return Optional.empty();
  }

  /** Whether a manager approved signing the current revision beyond credit. */
  public boolean creditApproved() {
    return creditApprovedRevision != null && creditApprovedRevision == revision;
  }

  /** Why it may not be signed now; empty once legal approved its current revision. */
  public Optional<String> signingRefusal() {
    return switch (status()) {
      case APPROVED ->
          reviewedRevision != null && reviewedRevision == revision
              ? Optional.empty()
              : Optional.of("The contract was amended since legal approved it.");
      case DRAFT ->
          Optional.of(
              "The contract was amended (revision "
                  + revision
                  + ") and is not reviewed; submit it to legal review.");
      case IN_REVIEW -> Optional.of("The contract awaits legal review.");
      case CHANGES_REQUESTED ->
          Optional.of("Legal requested changes; amend the contract and submit it again.");
      case REJECTED -> Optional.of("Legal rejected the contract.");
      case SIGNED, COMPLETED -> Optional.of("The contract is already signed.");
    };
  }

  /** Signs it; refused (with why) unless legal approved the current revision. */
  public Optional<String> sign(LocalDate on, String signatory, Instant now) {
    Optional<String> refusal = signingRefusal();
    if (refusal.isPresent()) {
      return refusal;
    }
    this.status = ContractStatus.SIGNED.name();
    this.signedOn = Objects.requireNonNull(on, "on");
    this.signedBy = Objects.requireNonNull(signatory, "signatory");
    this.signedAt = now;
    this.updatedAt = now;
    return Optional.empty();
  }

  /** Completes a signed contract once everything is delivered; false when it is not signed. */
  public boolean complete(Instant now) {
    if (status() != ContractStatus.SIGNED) {
      return false;
    }
    this.status = ContractStatus.COMPLETED.name();
    this.completedAt = now;
    this.updatedAt = now;
    return true;
  }

  public UUID id() {
    return id;
  }

  public int number() {
    return number;
  }

  public UUID quoteId() {
    return quoteId;
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

  public String lines() {
    return lines;
  }

  public BigDecimal value() {
    return value;
  }

  public String currency() {
    return currency;
  }

  public String terms() {
    return terms;
  }

  public String notes() {
    return notes;
  }

  public int revision() {
    return revision;
  }

  public ContractStatus status() {
    return ContractStatus.valueOf(status);
  }

  public Integer reviewedRevision() {
    return reviewedRevision;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public String reviewComment() {
    return reviewComment;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public Integer creditApprovedRevision() {
    return creditApprovedRevision;
  }

  public String creditApprovedBy() {
    return creditApprovedBy;
  }

  public String creditApprovalComment() {
    return creditApprovalComment;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  public String signedBy() {
    return signedBy;
  }

  public Instant completedAt() {
    return completedAt;
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
