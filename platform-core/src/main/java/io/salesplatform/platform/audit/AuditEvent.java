package io.salesplatform.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One recorded change. Written once; its hash covers its fields and the hash before it. */
@Entity
@Table(name = "audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class AuditEvent {

  @Id
  @Column(updatable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private String actorId;

  @Column(name = "actor_name", nullable = false, updatable = false)
  private String actorName;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String target;

  @Column(nullable = false, updatable = false)
  private String summary;

  @Column(name = "before_state", updatable = false)
  private String before;

  @Column(name = "after_state", updatable = false)
  private String after;

  @Column(name = "prev_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  protected AuditEvent() {}

  AuditEvent(AuditChain.Link link, String previousHash) {
    this.seq = link.seq();
    this.occurredAt = link.occurredAt();
    this.actorId = link.actorId();
    this.actorName = link.actorName();
    this.action = link.action();
    this.target = link.target();
    this.summary = link.summary();
    this.before = link.before();
    this.after = link.after();
    this.previousHash = previousHash;
    this.hash = AuditChain.hash(previousHash, link);
  }

  /** The fields the hash covers, as stored. */
  AuditChain.Link link() {
    return new AuditChain.Link(
        seq, occurredAt, actorId, actorName, action, target, summary, before, after);
  }

  public long seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actorId() {
    return actorId;
  }

  public String actorName() {
    return actorName;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public String summary() {
    return summary;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
