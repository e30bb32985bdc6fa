package io.salesplatform.platform.pipeline;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One stage an opportunity went through: who owned it, when it was entered, due and left. */
@Entity
@Table(name = "opportunity_stage")
@IdClass(StageRecord.Key.class)
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class StageRecord {

  /** An opportunity's stages are numbered from 1. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public UUID opportunityId;
    public int seq;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(opportunityId, that.opportunityId)
          && seq == that.seq;
    }

    @Override
    public int hashCode() {
      return Objects.hash(opportunityId, seq);
    }
  }

  @Id
  @Column(name = "opportunity_id", updatable = false)
  private UUID opportunityId;

  @Id
  @Column(updatable = false)
  private int seq;

  @Column(nullable = false, updatable = false)
  private String stage;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private String ownerId;

  @Column(name = "entered_at", nullable = false, updatable = false)
  private Instant enteredAt;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "left_at")
  private Instant leftAt;

  @Column(name = "moved_by", nullable = false, updatable = false)
  private String movedBy;

  protected StageRecord() {}

  /** The stage {@code opportunity} is in now. */
  StageRecord(Opportunity opportunity, String movedBy) {
    this.opportunityId = opportunity.id();
    this.seq = opportunity.stageSeq();
    this.stage = opportunity.stage().id();
    this.ownerId = opportunity.stageOwnerId();
    this.enteredAt = opportunity.stageEnteredAt();
    this.dueOn = opportunity.stageDue();
    this.movedBy = Objects.requireNonNull(movedBy, "movedBy");
  }

  void leave(Instant now) {
    this.leftAt = now;
  }

  public int seq() {
    return seq;
  }

  public String stage() {
    return stage;
  }

  public String ownerId() {
    return ownerId;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Instant leftAt() {
    return leftAt;
  }

  public String movedBy() {
    return movedBy;
  }
}
