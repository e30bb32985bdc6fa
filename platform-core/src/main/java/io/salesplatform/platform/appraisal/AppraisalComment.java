package io.salesplatform.platform.appraisal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A rep's comment on, or dispute of, their appraisal result, and the manager's answer. */
@Entity
@Table(name = "appraisal_comment")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class AppraisalComment {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "run_id", nullable = false, updatable = false)
  private UUID runId;

  @Column(name = "rep_id", nullable = false, updatable = false)
  private String repId;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "author_id", nullable = false, updatable = false)
  private String authorId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  private String answer;

  private String decision;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Version private long version;

  protected AppraisalComment() {}

  AppraisalComment(
      UUID runId, String repId, String kind, String text, String authorId, Instant now) {
    this.id = UUID.randomUUID();
    this.runId = runId;
    this.repId = repId;
    this.kind = kind;
    this.text = text;
    this.authorId = authorId;
    this.createdAt = now;
  }

  void answer(String answer, String decision, String by, Instant now) {
    this.answer = answer;
    this.decision = decision;
    this.answeredBy = by;
    this.answeredAt = now;
  }

  UUID id() {
    return id;
  }

  UUID runId() {
    return runId;
  }

  String repId() {
    return repId;
  }

  String kind() {
    return kind;
  }

  String text() {
    return text;
  }

  String authorId() {
    return authorId;
  }

  Instant createdAt() {
    return createdAt;
  }

  String answer() {
    return answer;
  }

  String decision() {
    return decision;
  }

  String answeredBy() {
    return answeredBy;
  }

  Instant answeredAt() {
    return answeredAt;
  }

  long version() {
    return version;
  }
}
