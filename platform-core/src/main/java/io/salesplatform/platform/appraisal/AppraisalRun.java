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

/**
 * One appraisal of a quarter, frozen when it finished: the settings revision and appraisal settings
 * it used, how many reps it appraised, and whether it is the quarter's published one.
 */
@Entity
@Table(name = "appraisal_run")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class AppraisalRun {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false, updatable = false)
  private String quarter;

  @Column(name = "run_trigger", nullable = false, updatable = false)
  private String trigger;

  @Column(name = "settings_revision", nullable = false, updatable = false)
  private int settingsRevision;

  @Column(
      name = "appraisal_settings",
      nullable = false,
      updatable = false,
      columnDefinition = "jsonb")
  private String appraisalSettings;

  @Column(name = "rep_count", nullable = false, updatable = false)
  private int repCount;

  @Column(name = "started_by", nullable = false, updatable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at", nullable = false, updatable = false)
  private Instant finishedAt;

  @Column(nullable = false)
  private boolean published;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  protected AppraisalRun() {}

  AppraisalRun(
      UUID id,
      String quarter,
      String trigger,
      int settingsRevision,
      String appraisalSettings,
      int repCount,
      String startedBy,
      Instant startedAt,
      Instant finishedAt) {
    this.id = id;
    this.quarter = quarter;
    this.trigger = trigger;
    this.settingsRevision = settingsRevision;
    this.appraisalSettings = appraisalSettings;
    this.repCount = repCount;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.finishedAt = finishedAt;
  }

  void publish(String by, Instant now) {
    this.published = true;
    this.publishedBy = by;
    this.publishedAt = now;
  }

  UUID id() {
    return id;
  }

  String quarter() {
    return quarter;
  }

  String trigger() {
    return trigger;
  }

  int settingsRevision() {
    return settingsRevision;
  }

  String appraisalSettings() {
    return appraisalSettings;
  }

  int repCount() {
    return repCount;
  }

  String startedBy() {
    return startedBy;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant finishedAt() {
    return finishedAt;
  }

  boolean published() {
    return published;
  }

  String publishedBy() {
    return publishedBy;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  long version() {
    return version;
  }
}
