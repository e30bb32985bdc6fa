package io.salesplatform.platform.pipeline;

import io.salesplatform.platform.api.Money;
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
 * A sales opportunity with one customer, moving through the six stages of the sales process (policy
 * 4.3): its current stage has a responsible person and a due date; it ends won or lost, with a
 * reason. It refuses moves the policy forbids and any move once closed.
 */
@Entity
@Table(name = "opportunity")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Opportunity {

  /** Where an opportunity can come from. */
  public static final java.util.List<String> ORIGINS =
      java.util.List.of("direct", "ticket", "contract");

  /** Where an opportunity stands. */
  public enum Status {
    OPEN,
    WON,
    LOST
  }

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false)
  private String currency;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(nullable = false)
  private String stage;

  @Column(name = "stage_owner_id", nullable = false)
  private String stageOwnerId;

  @Column(name = "stage_entered_at", nullable = false)
  private Instant stageEnteredAt;

  @Column(name = "stage_due", nullable = false)
  private LocalDate stageDue;

  @Column(name = "stage_seq", nullable = false)
  private int stageSeq;

  @Column(nullable = false)
  private String status;

  @Column(name = "close_reason")
  private String closeReason;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(nullable = false, updatable = false)
  private String origin;

  // kept as text: EclipseLink's UUID conversion fails on a null column
  @Column(name = "origin_id", updatable = false)
  private String originId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Opportunity() {}

  /** A new opportunity in customer development, due {@code due}, opened directly. */
  public Opportunity(
      UUID customerId, String title, Money value, String ownerId, LocalDate due, Instant now) {
    this(customerId, title, value, ownerId, due, now, "direct", null);
  }

  /**
   * A new opportunity in customer development, due {@code due}, opened from {@code origin}: {@code
   * direct} (without a source), or {@code ticket} or {@code contract} with the source's id (a
   * repeat sale from after-sales).
   */
  public Opportunity(
      UUID customerId,
      String title,
      Money value,
      String ownerId,
      LocalDate due,
      Instant now,
      String origin,
      UUID originId) {
    if (!ORIGINS.contains(origin) || origin.equals("direct") != (originId == null)) {
      throw new IllegalArgumentException("origin " + origin + " with source " + originId);
    }
    this.origin = origin;
    this.originId = originId == null ? null : originId.toString();
    this.id = UUID.randomUUID();
    this.customerId = Objects.requireNonNull(customerId, "customerId");
    this.createdAt = now;
    this.status = Status.OPEN.name();
    this.stage = PipelineStage.CUSTOMER_DEVELOPMENT.id();
    this.stageOwnerId = ownerId;
    this.stageEnteredAt = now;
    this.stageDue = due;
    this.stageSeq = 1;
    describe(title, value, ownerId, now);
  }

  /** Takes a new title, value and owner; true when anything changed. */
  public boolean describe(String newTitle, Money value, String newOwnerId, Instant now) {
    if (Objects.equals(title, newTitle)
        && amount != null
        && amount.compareTo(value.amount()) == 0
        && value.currency().equals(currency)
        && newOwnerId.equals(ownerId)) {
      return false;
    }
    this.title = newTitle;
    this.amount = value.amount();
    this.currency = value.currency();
    this.ownerId = newOwnerId;
    this.updatedAt = now;
    return true;
  }

  /**
   * Moves to {@code to}, owned by {@code owner} and due {@code due}; refused with the reason when
   * the opportunity is closed or the policy forbids the move.
   */
  public Optional<String> moveTo(
      PipelineStage to, String owner, LocalDate due, boolean mayOverride, Instant now) {
    if (status() != Status.OPEN) {
      return Optional.of("The opportunity is closed (" + status.toLowerCase() + ").");
    }
    Optional<String> refusal = StageMove.refusal(stage(), to, mayOverride);
    if (refusal.isPresent()) {
      return refusal;
    }
    this.stage = to.id();
    this.stageOwnerId = Objects.requireNonNull(owner, "owner");
    this.stageEnteredAt = now;
    this.stageDue = Objects.requireNonNull(due, "due");
    this.stageSeq++;
    this.updatedAt = now;
    return Optional.empty();
  }

  /** Closes as won or lost with a reason; refused with the reason when that is not allowed. */
  public Optional<String> close(Status outcome, String reason, Instant now) {
    if (status() != Status.OPEN) {
      return Optional.of("The opportunity is already closed (" + status.toLowerCase() + ").");
    }
    if (outcome == Status.OPEN) {
      return Optional.of("An opportunity is closed as won or lost.");
    }
    if (outcome == Status.WON && !StageMove.mayWin(stage())) {
      return Optional.of(
          "An opportunity is won once its contract is signed: move it to contract-signing"
              + " first (it is in "
              + stage
              + ").");
    }
    this.status = outcome.name();
    this.closeReason = Objects.requireNonNull(reason, "reason");
    this.closedAt = now;
    this.updatedAt = now;
    return Optional.empty();
  }

  /**
   * Signing a contract wins the opportunity with the contract's value and puts it into
   * implementation and tracking (owned by {@code owner}, due {@code due}), from whatever stage it
   * was in: the signature is the fact the stages describe. Refused for a lost opportunity; an
   * opportunity already won keeps its value and stage.
   *
   * @return why it is refused, or empty
   */
  public Optional<String> winBySigning(
      Money contractValue, String reason, String owner, LocalDate due, Instant now) {
    if (status() == Status.LOST) {
      return Optional.of("The opportunity was lost; no contract of it is signed.");
    }
    if (status() == Status.WON) {
      return Optional.empty();
    }
    this.status = Status.WON.name();
    this.amount = contractValue.amount();
    this.currency = contractValue.currency();
    this.closeReason = Objects.requireNonNull(reason, "reason");
    this.closedAt = now;
    if (stage().ordinal() < PipelineStage.IMPLEMENTATION_AND_TRACKING.ordinal()) {
      enter(PipelineStage.IMPLEMENTATION_AND_TRACKING, owner, due, now);
    }
    this.updatedAt = now;
    return Optional.empty();
  }

  /**
   * A won opportunity whose contract is completed enters after-sales (policy 5.6); false when it is
   * not won or already there.
   */
  public boolean enterAfterSales(String owner, LocalDate due, Instant now) {
    if (status() != Status.WON || stage() == PipelineStage.AFTER_SALES) {
      return false;
    }
    enter(PipelineStage.AFTER_SALES, owner, due, now);
    this.updatedAt = now;
    return true;
  }

  private void enter(PipelineStage to, String owner, LocalDate due, Instant now) {
    this.stage = to.id();
    this.stageOwnerId = Objects.requireNonNull(owner, "owner");
    this.stageEnteredAt = now;
    this.stageDue = Objects.requireNonNull(due, "due");
    this.stageSeq++;
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public String title() {
    return title;
  }

  public Money value() {
    return new Money(amount, currency);
  }

  public String ownerId() {
    return ownerId;
  }

  public PipelineStage stage() {
    return PipelineStage.byId(stage).orElseThrow();
  }

  public String stageOwnerId() {
    return stageOwnerId;
  }

  public Instant stageEnteredAt() {
    return stageEnteredAt;
  }

  public LocalDate stageDue() {
    return stageDue;
  }

  public int stageSeq() {
    return stageSeq;
  }

  public Status status() {
    return Status.valueOf(status);
  }

  public String closeReason() {
    return closeReason;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String origin() {
    return origin == null ? "direct" : origin;
  }

  public UUID originId() {
    return originId == null ? null : UUID.fromString(originId);
  }

  public long version() {
    return version;
  }
}
