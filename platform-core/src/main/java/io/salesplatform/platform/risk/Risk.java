package io.salesplatform.platform.risk;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A risk of the register. Its score and level follow from likelihood and impact and are kept with
 * them, so that lists filter and sort by them in the database.
 */
@Entity
@Table(name = "risk")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Risk {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private String title;

  private String description;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(nullable = false)
  private int likelihood;

  @Column(nullable = false)
  private int impact;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false)
  private String level;

  private String mitigation;

  @Column(name = "review_on")
  private LocalDate reviewOn;

  @Column(nullable = false)
  private String status;

  // kept as text: EclipseLink's UUID conversion fails on a null column
  @Column(name = "customer_id")
  private String customerId;

  @Column(name = "contract_id")
  private String contractId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /**
   * What a risk says.
   *
   * @param category its kind
   * @param title its title
   * @param description what could happen
   * @param ownerId who is responsible
   * @param likelihood 1 to 5
   * @param impact 1 to 5
   * @param mitigation what is done about it
   * @param reviewOn its next review, or {@code null} once closed
   * @param status where it stands
   * @param customerId the customer it concerns, or {@code null}
   * @param contractId the contract it concerns, or {@code null}
   */
  public record Content(
      RiskCategory category,
      String title,
      String description,
      String ownerId,
      int likelihood,
      int impact,
      String mitigation,
      LocalDate reviewOn,
      RiskStatus status,
      UUID customerId,
      UUID contractId) {}

  protected Risk() {}

  public Risk(Content content, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    take(content, now);
  }

  /** Takes new content; true when anything changed. */
  public boolean change(Content content, Instant now) {
    if (content.equals(content())) {
      return false;
    }
    take(content, now);
    return true;
  }

  private void take(Content content, Instant now) {
    this.category = content.category().id();
    this.title = content.title();
    this.description = content.description();
    this.ownerId = content.ownerId();
    this.likelihood = content.likelihood();
    this.impact = content.impact();
    this.score = RiskRating.score(likelihood, impact);
    this.level = RiskRating.level(score).id();
    this.mitigation = content.mitigation();
    this.reviewOn = content.reviewOn();
    this.status = content.status().id();
    this.customerId = content.customerId() == null ? null : content.customerId().toString();
    this.contractId = content.contractId() == null ? null : content.contractId().toString();
    this.updatedAt = now;
  }

  public Content content() {
    return new Content(
        RiskCategory.byId(category).orElseThrow(),
        title,
        description,
        ownerId,
        likelihood,
        impact,
        mitigation,
        reviewOn,
        RiskStatus.byId(status).orElseThrow(),
        customerId == null ? null : UUID.fromString(customerId),
        contractId == null ? null : UUID.fromString(contractId));
  }

  /** Whether its review day has passed while it is not closed. */
  public boolean reviewOverdue(LocalDate today) {
    return !status.equals(RiskStatus.CLOSED.id()) && reviewOn != null && reviewOn.isBefore(today);
  }

  public UUID id() {
    return id;
  }

  public int score() {
    return score;
  }

  public String level() {
    return level;
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
