package io.salesplatform.platform.quote;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One version of a quote's lines as they were priced: each line's prices, the totals, whether and
 * why a manager had to approve, the plugin (id, version, extension) and the settings revision used.
 * Never changed: a revision makes the next version.
 */
@Entity
@Table(name = "quote_version")
@IdClass(QuoteVersion.Key.class)
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class QuoteVersion {

  /** A quote's versions are numbered from 1. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public UUID quoteId;
    public int number;

    public Key() {}

    public Key(UUID quoteId, int number) {
      this.quoteId = quoteId;
      this.number = number;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(quoteId, that.quoteId)
          && number == that.number;
    }

    @Override
    public int hashCode() {
      return Objects.hash(quoteId, number);
    }
  }

  @Id
  @Column(name = "quote_id", updatable = false)
  private UUID quoteId;

  @Id
  @Column(updatable = false)
  private int number;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String lines;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "list_total", nullable = false, updatable = false)
  private BigDecimal listTotal;

  @Column(name = "discount_total", nullable = false, updatable = false)
  private BigDecimal discountTotal;

  @Column(name = "net_total", nullable = false, updatable = false)
  private BigDecimal netTotal;

  @Column(name = "approval_required", nullable = false, updatable = false)
  private boolean approvalRequired;

  @Column(
      name = "approval_reasons",
      nullable = false,
      updatable = false,
      columnDefinition = "jsonb")
  private String approvalReasons;

  @Column(name = "plugin_id", updatable = false)
  private String pluginId;

  @Column(name = "plugin_version", updatable = false)
  private String pluginVersion;

  @Column(updatable = false)
  private String extension;

  @Column(name = "settings_revision", nullable = false, updatable = false)
  private int settingsRevision;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected QuoteVersion() {}

  /** Version {@code number} of quote {@code quoteId}; JSON texts as priced. */
  public QuoteVersion(
      UUID quoteId,
      int number,
      String linesJson,
      String currency,
      BigDecimal listTotal,
      BigDecimal discountTotal,
      BigDecimal netTotal,
      boolean approvalRequired,
      String reasonsJson,
      String pluginId,
      String pluginVersion,
      String extension,
      int settingsRevision,
      String createdBy,
      Instant createdAt) {
    this.quoteId = quoteId;
    this.number = number;
    this.lines = linesJson;
    this.currency = currency;
    this.listTotal = listTotal;
    this.discountTotal = discountTotal;
    this.netTotal = netTotal;
    this.approvalRequired = approvalRequired;
    this.approvalReasons = reasonsJson;
    this.pluginId = pluginId;
    this.pluginVersion = pluginVersion;
    this.extension = extension;
    this.settingsRevision = settingsRevision;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID quoteId() {
    return quoteId;
  }

  public int number() {
    return number;
  }

  public String lines() {
    return lines;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal listTotal() {
    return listTotal;
  }

  public BigDecimal discountTotal() {
    return discountTotal;
  }

  public BigDecimal netTotal() {
    return netTotal;
  }

  public boolean approvalRequired() {
    return approvalRequired;
  }

  public String approvalReasons() {
    return approvalReasons;
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

  public int settingsRevision() {
    return settingsRevision;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
