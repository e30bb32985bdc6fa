package io.salesplatform.platform.customer;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A follow-up visit to a customer (policy 4.2): planned for a day, then recorded with its outcome
 * and next step. A customer has at most one planned visit; recording it plans the next.
 */
@Entity
@Table(name = "customer_visit")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class FollowUpVisit {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "rep_id", nullable = false)
  private String repId;

  @Column(name = "planned_for", nullable = false)
  private LocalDate plannedFor;

  @Column(name = "visited_on")
  private LocalDate visitedOn;

  private String outcome;

  @Column(name = "next_step")
  private String nextStep;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected FollowUpVisit() {}

  /** A visit planned for {@code day} by the customer's rep. */
  public FollowUpVisit(UUID customerId, String repId, LocalDate day, Instant now) {
    this.id = UUID.randomUUID();
    this.customerId = Objects.requireNonNull(customerId, "customerId");
    this.repId = Objects.requireNonNull(repId, "repId");
    this.plannedFor = Objects.requireNonNull(day, "day");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** Records the visit as made; a recorded visit stays as it was. */
  public void record(LocalDate day, String visitOutcome, String step, String byRep) {
    if (visitedOn != null) {
      throw new IllegalStateException("the visit is already recorded");
    }
    this.visitedOn = Objects.requireNonNull(day, "day");
    this.outcome = Objects.requireNonNull(visitOutcome, "outcome");
    this.nextStep = step;
    this.repId = Objects.requireNonNull(byRep, "byRep");
  }

  /** Moves a planned visit, such as when the customer's segment or rep changes. */
  public void replan(LocalDate day, String rep) {
    if (visitedOn != null) {
      throw new IllegalStateException("a recorded visit is not planned again");
    }
    this.plannedFor = Objects.requireNonNull(day, "day");
    this.repId = Objects.requireNonNull(rep, "rep");
  }

  public boolean isPlanned() {
    return visitedOn == null;
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public String repId() {
    return repId;
  }

  public LocalDate plannedFor() {
    return plannedFor;
  }

  public LocalDate visitedOn() {
    return visitedOn;
  }

  public String outcome() {
    return outcome;
  }

  public String nextStep() {
    return nextStep;
  }

  public long version() {
    return version;
  }
}
