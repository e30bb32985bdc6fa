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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A milestone or obligation of a contract (policy 5.5, 6.4): a delivery, an invoice (done when
 * paid), or an obligation of the company or of the customer, due on a day and done on a day.
 */
@Entity
@Table(name = "contract_milestone")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Milestone {

  /** What a milestone is. */
  public enum Kind {
    DELIVERY("delivery"),
    INVOICE("invoice"),
    COMPANY_OBLIGATION("company-obligation"),
    CUSTOMER_OBLIGATION("customer-obligation");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** Whether the company owes it, so that it counts for the fulfilment rate. */
    public boolean companyOwes() {
      return this == DELIVERY || this == COMPANY_OBLIGATION;
    }

    public static Optional<Kind> byId(String id) {
      return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
      return Arrays.stream(values()).map(Kind::id).toList();
    }
  }

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private UUID contractId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String kind;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  private BigDecimal amount;
  private String currency;

  @Column(nullable = false)
  private String status;

  @Column(name = "done_on")
  private LocalDate doneOn;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Milestone() {}

  public Milestone(
      UUID contractId,
      String title,
      Kind kind,
      LocalDate dueOn,
      BigDecimal amount,
      String currency,
      Instant now) {
    this.id = UUID.randomUUID();
    this.contractId = Objects.requireNonNull(contractId, "contractId");
    this.title = Objects.requireNonNull(title, "title");
    this.kind = kind.id();
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.amount = amount;
    this.currency = currency;
    this.status = "PENDING";
    this.createdAt = now;
  }

  /** Records it delivered (paid, for an invoice) on {@code day}; refused when already done. */
  public Optional<String> done(LocalDate day, String by) {
    if (doneOn != null) {
      return Optional.of("The milestone was already recorded done on " + doneOn + ".");
    }
    this.status = "DONE";
    this.doneOn = Objects.requireNonNull(day, "day");
    this.recordedBy = by;
    return Optional.empty();
  }

  public UUID id() {
    return id;
  }

  public UUID contractId() {
    return contractId;
  }

  public String title() {
    return title;
  }

  public Kind kind() {
    return Kind.byId(kind).orElseThrow();
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public boolean isDone() {
    return doneOn != null;
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public long version() {
    return version;
  }
}
