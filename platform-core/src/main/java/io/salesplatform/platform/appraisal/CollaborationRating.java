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

/** One manager's or peer's rating of a colleague's team collaboration in a quarter (6.5). */
@Entity
@Table(name = "collaboration_rating")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class CollaborationRating {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false, updatable = false)
  private String quarter;

  @Column(name = "rated_id", nullable = false, updatable = false)
  private String ratedId;

  @Column(name = "rater_id", nullable = false, updatable = false)
  private String raterId;

  @Column(name = "rater_role", nullable = false)
  private String raterRole;

  @Column(nullable = false)
  private int rating;

  private String comment;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CollaborationRating() {}

  CollaborationRating(
      String quarter, String ratedId, String raterId, String raterRole, Instant now) {
    this.id = UUID.randomUUID();
    this.quarter = quarter;
    this.ratedId = ratedId;
    this.raterId = raterId;
    this.raterRole = raterRole;
    this.createdAt = now;
  }

  boolean rate(int rating, String comment, String raterRole, Instant now) {
    boolean changed =
        this.rating != rating
            || !java.util.Objects.equals(this.comment, comment)
            || !raterRole.equals(this.raterRole);
    this.rating = rating;
    this.comment = comment;
    this.raterRole = raterRole;
    if (changed) {
      this.updatedAt = now;
    }
    return changed;
  }

  UUID id() {
    return id;
  }

  String quarter() {
    return quarter;
  }

  String ratedId() {
    return ratedId;
  }

  String raterId() {
    return raterId;
  }

  String raterRole() {
    return raterRole;
  }

  int rating() {
    return rating;
  }

  String comment() {
    return comment;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }
}
