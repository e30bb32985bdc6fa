package io.salesplatform.platform.settings;

import java.time.Instant;
import java.util.List;

/** What the settings API answers with. */
public final class SettingsViews {

  private SettingsViews() {}

  /**
   * The settings in force.
   *
   * @param revision the current revision; 0 while the tenant works with the platform's defaults
   * @param author who made it, or {@code null} for revision 0
   * @param changedAt when, or {@code null} for revision 0
   * @param reason why, or {@code null} for revision 0
   * @param settings the whole settings
   */
  public record Current(
      int revision, String author, Instant changedAt, String reason, Object settings) {}

  /**
   * A revision in the history.
   *
   * @param number its number
   * @param author who made it
   * @param createdAt when
   * @param reason why
   * @param rolledBackTo the revision it returned to, for a rollback
   * @param changes what it changed from the revision before
   */
  public record Summary(
      int number,
      String author,
      Instant createdAt,
      String reason,
      Integer rolledBackTo,
      Object changes) {

    static Summary of(SettingsRevision revision) {
      return new Summary(
          revision.number(),
          revision.author().name(),
          revision.createdAt(),
          revision.reason(),
          revision.rolledBackTo(),
          TenantSettingsService.parse(revision.changesJson()));
    }
  }

  /**
   * One revision whole.
   *
   * @param revision when, by whom, why, and what changed
   * @param settings the whole settings of that revision
   */
  public record Full(Summary revision, Object settings) {}

  /**
   * The changes between two revisions.
   *
   * @param from the earlier revision
   * @param to the later revision
   * @param changes each changed value by path, with its value in both
   * @param revisions the revisions in between (after the lower number, up to the higher), oldest
   *     first, each with its author and reason: who changed the policy and why (8.4)
   */
  public record Diff(int from, int to, List<?> changes, List<Step> revisions) {}

  /**
   * A revision as a step of a diff.
   *
   * @param number its number
   * @param author who made it
   * @param createdAt when
   * @param reason why
   * @param rolledBackTo the revision it returned to, for a rollback
   */
  public record Step(
      int number, String author, Instant createdAt, String reason, Integer rolledBackTo) {

    static Step of(SettingsRevision revision) {
      return new Step(
          revision.number(),
          revision.author().name(),
          revision.createdAt(),
          revision.reason(),
          revision.rolledBackTo());
    }
  }
}
