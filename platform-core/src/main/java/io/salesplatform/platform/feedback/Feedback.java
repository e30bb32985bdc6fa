package io.salesplatform.platform.feedback;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A problem or suggestion raised by someone of the company, with management's answers. The raiser
 * is always kept (the platform and the audit trail know who acted); an anonymous one hides the name
 * from whoever reads it but the raiser. Every answer is kept, newest last.
 */
@Entity
@Table(name = "feedback")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Feedback {

  /** The categories of feedback. */
  public static final Set<String> CATEGORIES = Set.of("problem", "suggestion");

  /** The statuses an answer may set; a new one is open. */
  public static final List<String> ANSWER_STATUSES =
      List.of("answered", "accepted", "declined", "done");

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type ANSWERS = new ArrayList<Answer>() {}.getClass().getGenericSuperclass();

  /** An answer as kept. */
  public static class Answer {
    public String answer;
    public String status;
    public String byId;
    public String at;
  }

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false, updatable = false)
  private String category;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(nullable = false, updatable = false)
  private boolean anonymous;

  @Column(name = "raised_by", nullable = false, updatable = false)
  private String raisedBy;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false, columnDefinition = "jsonb")
  private String answers;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Feedback() {}

  public Feedback(
      String category,
      String subject,
      String text,
      boolean anonymous,
      String raisedBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.category = category;
    this.subject = subject;
    this.text = text;
    this.anonymous = anonymous;
    this.raisedBy = raisedBy;
    this.status = "open";
    this.answers = "[]";
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Adds management's answer, which sets the status; earlier answers stay. */
  public void answer(String answer, String newStatus, String byId, Instant now) {
    if (!ANSWER_STATUSES.contains(newStatus)) {
      throw new IllegalArgumentException("not an answer's status: " + newStatus);
    }
    List<Answer> kept = new ArrayList<>(answers());
    Answer entry = new Answer();
    entry.answer = answer;
    entry.status = newStatus;
    entry.byId = byId;
    entry.at = now.toString();
    kept.add(entry);
    this.answers = JSON.toJson(kept);
    this.status = newStatus;
    this.updatedAt = now;
  }

  public List<Answer> answers() {
    return answers == null ? List.of() : JSON.fromJson(answers, ANSWERS);
  }

  public UUID id() {
    return id;
  }

  public String category() {
    return category;
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }

  public boolean anonymous() {
    return anonymous;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public String status() {
    return status;
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
