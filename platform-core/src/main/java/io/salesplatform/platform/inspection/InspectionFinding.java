package io.salesplatform.platform.inspection;

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

/** A finding of an inspection: what is wrong, who resolves it, by when, and whether they did. */
@Entity
@Table(name = "inspection_finding")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class InspectionFinding {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "inspection_id", nullable = false, updatable = false)
  private UUID inspectionId;

  @Column(nullable = false)
  private String severity;

  @Column(nullable = false)
  private String description;

  @Column(name = "responsible_id", nullable = false)
  private String responsibleId;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false)
  private String status;

  private String resolution;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /**
   * What a finding says.
   *
   * @param severity low, medium or high
   * @param description what was found
   * @param responsibleId who resolves it
   * @param dueOn by when
   * @param resolved whether it is resolved
   * @param resolution how, once resolved
   */
  public record Content(
      String severity,
      String description,
      String responsibleId,
      LocalDate dueOn,
      boolean resolved,
      String resolution) {}

  protected InspectionFinding() {}

  public InspectionFinding(UUID inspectionId, Content content, Instant now) {
    this.id = UUID.randomUUID();
    this.inspectionId = inspectionId;
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
    boolean wasResolved = "resolved".equals(status);
    this.severity = content.severity();
    this.description = content.description();
    this.responsibleId = content.responsibleId();
    this.dueOn = content.dueOn();
    this.status = content.resolved() ? "resolved" : "open";
    this.resolution = content.resolution();
    if (content.resolved() && !wasResolved) {
      this.resolvedAt = now;
    } else if (!content.resolved()) {
      this.resolvedAt = null;
    }
    this.updatedAt = now;
  }

  public Content content() {
    return new Content(
        severity, description, responsibleId, dueOn, "resolved".equals(status), resolution);
  }

  /** Whether its day has passed while it is open. */
  public boolean overdue(LocalDate today) {
    return "open".equals(status) && dueOn.isBefore(today);
  }

  public UUID id() {
    return id;
  }

  public UUID inspectionId() {
    return inspectionId;
  }

  public String status() {
    return status;
  }

  public Instant resolvedAt() {
    return resolvedAt;
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
