package io.salesplatform.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One version of a tenant's settings. Written once, never changed: the chain of revisions is the
 * history of the tenant's policy.
 */
@Entity
@Table(name = "tenant_settings_revision")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class SettingsRevision {

  @Id
  @Column(updatable = false)
  private int number;

  @Column(name = "author_id", nullable = false, updatable = false)
  private String authorId;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** The whole settings tree, as JSON. */
  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String settings;

  /** What changed from the revision before, as a JSON list of {path, before, after}. */
  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  private String changes;

  @Column(name = "rolled_back_to", updatable = false)
  private Integer rolledBackTo;

  protected SettingsRevision() {}

  SettingsRevision(
      int number,
      Author author,
      String reason,
      Instant createdAt,
      String settings,
      String changes,
      Integer rolledBackTo) {
    if (number < 1) {
      throw new IllegalArgumentException("revisions are numbered from 1");
    }
    this.number = number;
    this.authorId = author.id();
    this.authorName = author.name();
    this.reason = Objects.requireNonNull(reason, "reason");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.rolledBackTo = rolledBackTo;
  }

  public int number() {
    return number;
  }

  public Author author() {
    return new Author(authorId, authorName);
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String settingsJson() {
    return settings;
  }

  public String changesJson() {
    return changes;
  }

  public Integer rolledBackTo() {
    return rolledBackTo;
  }

  /**
   * Who made a revision.
   *
   * @param id the person's identity-provider id, or a non-person author such as {@code platform} or
   *     {@code declaration}
   * @param name a readable name: a user name, or the declaring file
   */
  public record Author(String id, String name) {

    public static final Author PLATFORM = new Author("platform", "platform");
  }
}
