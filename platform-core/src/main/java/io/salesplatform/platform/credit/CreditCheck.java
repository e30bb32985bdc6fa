package io.salesplatform.platform.credit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One credit decision on a customer, as the tenant's credit-check plugin made it, with what the
 * platform asked (the request as sent, in JSON) so that the decision can be explained later. A
 * decision is never changed: a new check makes a new one.
 */
@Entity
@Table(name = "credit_check")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class CreditCheck {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "checked_at", nullable = false, updatable = false)
  private Instant checkedAt;

  @Column(name = "checked_by", nullable = false, updatable = false)
  private String checkedBy;

  @Column(nullable = false, updatable = false)
  private String outcome;

  @Column(nullable = false, updatable = false)
  private String rating;

  @Column(updatable = false)
  private Integer score;

  @Column(name = "credit_limit", nullable = false, updatable = false)
  private BigDecimal creditLimit;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "requested_amount", nullable = false, updatable = false)
  private BigDecimal requestedAmount;

  @Column(nullable = false, updatable = false)
  private BigDecimal exposure;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String reasons;

  @Column(updatable = false)
  private String reference;

  @Column(name = "plugin_id", nullable = false, updatable = false)
  private String pluginId;

  @Column(name = "plugin_version", nullable = false, updatable = false)
  private String pluginVersion;

  @Column(nullable = false, updatable = false)
  private String extension;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String request;

  protected CreditCheck() {}

  /** A decision; amounts are in {@code currency}, JSON texts as sent and received. */
  public CreditCheck(
      UUID customerId,
      Instant checkedAt,
      String checkedBy,
      CreditStanding.Decision decision,
      BigDecimal requestedAmount,
      BigDecimal exposure,
      String reasonsJson,
      String reference,
      String pluginId,
      String pluginVersion,
      String extension,
      String requestJson) {
    this.id = UUID.randomUUID();
    this.customerId = Objects.requireNonNull(customerId, "customerId");
    this.checkedAt = checkedAt;
    this.checkedBy = checkedBy;
    this.outcome = decision.outcome().name();
    this.rating = decision.rating();
    this.score = decision.score();
    this.creditLimit = decision.limit();
    this.currency = decision.currency();
    this.expiresAt = decision.expiresAt();
    this.requestedAmount = requestedAmount;
    this.exposure = exposure;
    this.reasons = reasonsJson;
    this.reference = reference;
    this.pluginId = pluginId;
    this.pluginVersion = pluginVersion;
    this.extension = extension;
    this.request = requestJson;
  }

  /** The decision as the rules of {@link CreditStanding} read it. */
  public CreditStanding.Decision decision() {
    return new CreditStanding.Decision(
        CreditStanding.Outcome.valueOf(outcome),
        rating,
        score,
        creditLimit,
        currency,
        checkedAt,
        expiresAt);
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public String checkedBy() {
    return checkedBy;
  }

  public BigDecimal requestedAmount() {
    return requestedAmount;
  }

  public BigDecimal exposure() {
    return exposure;
  }

  public String reasons() {
    return reasons;
  }

  public String reference() {
    return reference;
  }

  public String pluginId() {
    return pluginId;
  }

  public String pluginVersion() {
    return pluginVersion;
  }

  public String extension() {
    return extension;
  }

  public String request() {
    return request;
  }
}
