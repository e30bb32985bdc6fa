package io.salesplatform.platform.goal;

import io.salesplatform.tenant.config.settings.GoalRealism.Assessment;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A quarterly goal of the company, a team or a rep: revenue in the company's currency and new
 * customers, with the realism of each target as judged against history when it was set.
 */
@Entity
@Table(name = "goal")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Goal {

  /** The subject of the company's own goal. */
  static final String COMPANY_SUBJECT = "company";

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false, updatable = false)
  private String quarter;

  @Column(nullable = false, updatable = false)
  private String scope;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "revenue_target", nullable = false)
  private BigDecimal revenueTarget;

  @Column(nullable = false)
  private String currency;

  @Column(name = "new_customer_target", nullable = false)
  private int newCustomerTarget;

  private String note;

  @Column(name = "revenue_history")
  private BigDecimal revenueHistory;

  @Enumerated(EnumType.STRING)
  @Column(name = "revenue_assessment", nullable = false)
  private Assessment revenueAssessment;

  @Column(name = "new_customer_history")
  private BigDecimal newCustomerHistory;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_customer_assessment", nullable = false)
  private Assessment newCustomerAssessment;

  @Column(name = "set_by", nullable = false)
  private String setBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Goal() {}

  Goal(String quarter, GoalScope scope, String subjectId, GoalTargets targets, Instant now) {
    this.id = UUID.randomUUID();
    this.quarter = quarter;
    this.scope = scope.id();
    this.subjectId = subjectId;
    this.createdAt = now;
    take(targets, now);
  }

  /** Takes new targets; true when anything changed. */
  boolean change(GoalTargets targets, Instant now) {
    if (targets.equals(targets())) {
      return false;
    }
    take(targets, now);
    return true;
  }

  private void take(GoalTargets targets, Instant now) {
    this.revenueTarget = targets.revenue();
    this.currency = targets.currency();
    this.newCustomerTarget = targets.newCustomers();
    this.note = targets.note();
    this.revenueHistory = targets.realism().revenueHistory();
    this.revenueAssessment = targets.realism().revenue();
    this.newCustomerHistory = targets.realism().newCustomerHistory();
    this.newCustomerAssessment = targets.realism().newCustomers();
    this.setBy = targets.setBy();
    this.updatedAt = now;
  }

  GoalTargets targets() {
    return new GoalTargets(
        revenueTarget.setScale(2),
        currency,
        newCustomerTarget,
        note,
        new GoalTargets.Realism(
            revenueHistory == null ? null : revenueHistory.setScale(2),
            revenueAssessment,
            newCustomerHistory == null ? null : newCustomerHistory.setScale(2),
            newCustomerAssessment),
        setBy);
  }

  UUID id() {
    return id;
  }

  String quarter() {
    return quarter;
  }

  GoalScope scope() {
    return GoalScope.of(scope).orElseThrow();
  }

  String subjectId() {
    return subjectId;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }
}
