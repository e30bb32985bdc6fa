package io.salesplatform.platform.product;

import io.salesplatform.platform.api.Money;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A product of the catalogue. Its SKU is unique in the company and never changes; a product no
 * longer sold is deactivated, never deleted, so that quotes and contracts keep pointing at it.
 */
@Entity
@Table(name = "product")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Product {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false, updatable = false)
  private String sku;

  @Column(nullable = false)
  private String name;

  @Column(name = "list_price", nullable = false)
  private BigDecimal listPrice;

  @Column(name = "unit_cost")
  private BigDecimal unitCost;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Product() {}

  public Product(String sku, ProductTerms terms, Instant now) {
    this.id = UUID.randomUUID();
    this.sku = Objects.requireNonNull(sku, "sku");
    this.createdAt = now;
    take(terms, now);
  }

  /** Takes new terms; true when anything changed. */
  public boolean change(ProductTerms terms, Instant now) {
    if (terms.equals(terms())) {
      return false;
    }
    take(terms, now);
    return true;
  }

  private void take(ProductTerms terms, Instant now) {
    this.name = terms.name();
    this.listPrice = terms.listPrice().amount();
    this.currency = terms.listPrice().currency();
    this.unitCost = terms.unitCost() == null ? null : terms.unitCost().amount();
    this.active = terms.active();
    this.updatedAt = now;
  }

  public ProductTerms terms() {
    return new ProductTerms(
        name,
        new Money(listPrice.setScale(2), currency),
        unitCost == null ? null : new Money(unitCost.setScale(2), currency),
        active);
  }

  public UUID id() {
    return id;
  }

  public String sku() {
    return sku;
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
