package io.salesplatform.platform.survey;

import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.SurveyScore;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A satisfaction survey issued to one contact of a customer: the questionnaire the tenant's survey
 * plugin designed for it, the rep responsible for the customer when it was issued, and the hash of
 * its link. It is answered once, before it expires; the answers and their score are kept with it.
 */
@Entity
@Table(name = "survey")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Survey {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "contact_name", nullable = false, updatable = false)
  private String contactName;

  @Column(name = "contact_email", nullable = false, updatable = false)
  private String contactEmail;

  @Column(nullable = false, updatable = false)
  private String trigger;

  @Column(name = "subject_id", updatable = false)
  private String subjectId;

  @Column(name = "rep_id", nullable = false, updatable = false)
  private String repId;

  @Column(name = "plugin_id", nullable = false, updatable = false)
  private String pluginId;

  @Column(name = "plugin_version", nullable = false, updatable = false)
  private String pluginVersion;

  @Column(nullable = false, updatable = false)
  private String extension;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String questionnaire;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "issued_by", nullable = false, updatable = false)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(columnDefinition = "jsonb")
  private String ratings;

  @Column(name = "answer_comment")
  private String comment;

  private Integer score;

  private String category;

  @Version private long version;

  protected Survey() {}

  /** A survey just issued; its link is set once the id is known ({@link #linkedBy}). */
  public Survey(
      UUID customerId,
      SurveyContact contact,
      SurveyTrigger trigger,
      String subjectId,
      String repId,
      String pluginId,
      String pluginVersion,
      String extension,
      Questionnaire questionnaire,
      String issuedBy,
      Instant issuedAt,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.customerId = Objects.requireNonNull(customerId, "customerId");
    this.contactName = contact.name();
    this.contactEmail = contact.email();
    this.trigger = trigger.id();
    this.subjectId = subjectId;
    this.repId = Objects.requireNonNull(repId, "repId");
    this.pluginId = pluginId;
    this.pluginVersion = pluginVersion;
    this.extension = extension;
    this.questionnaire = QuestionnaireJson.write(questionnaire);
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** Keeps only the hash of the link's token. */
  public void linkedBy(String tokenHash) {
    this.tokenHash = tokenHash;
  }

  /** Whether {@code hash} is the hash of this survey's token. */
  public boolean isLinkedBy(String hash) {
    return tokenHash != null && tokenHash.equals(hash);
  }

  /**
   * Keeps the answers and their score; refused when already answered (a link is used once).
   *
   * @return false when it was already answered
   */
  public boolean answer(
      Map<String, Integer> answerRatings, String answerComment, SurveyScore scored, Instant now) {
    if (answeredAt != null) {
      return false;
    }
    this.ratings = QuestionnaireJson.writeRatings(answerRatings);
    this.comment = answerComment;
    this.score = scored.score();
    this.category = scored.category();
    this.answeredAt = now;
    return true;
  }

  public SurveyStatus status(Instant now) {
    if (answeredAt != null) {
      return SurveyStatus.ANSWERED;
    }
    return now.isBefore(expiresAt) ? SurveyStatus.PENDING : SurveyStatus.EXPIRED;
  }

  public Questionnaire questionnaire() {
    return QuestionnaireJson.read(questionnaire);
  }

  public Map<String, Integer> ratings() {
    return QuestionnaireJson.readRatings(ratings);
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public SurveyContact contact() {
    return new SurveyContact(contactName, contactEmail);
  }

  public SurveyTrigger trigger() {
    return SurveyTrigger.byId(trigger).orElseThrow();
  }

  public String subjectId() {
    return subjectId;
  }

  public String repId() {
    return repId;
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

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String comment() {
    return comment;
  }

  public Integer score() {
    return score;
  }

  public String category() {
    return category;
  }

  public long version() {
    return version;
  }
}
