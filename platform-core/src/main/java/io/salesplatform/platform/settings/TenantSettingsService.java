package io.salesplatform.platform.settings;

import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.persistence.Constraints;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.tenant.config.settings.Change;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.PluginSelection;
import io.salesplatform.tenant.config.settings.SettingsDiff;
import io.salesplatform.tenant.config.settings.SettingsReader;
import io.salesplatform.tenant.config.settings.SettingsTree;
import io.salesplatform.tenant.config.settings.TenantSettings;
import io.salesplatform.tenant.config.settings.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and revises the current tenant's settings. Every change is validated as a whole (all
 * violations reported at once), must name the revision it was based on (a stale one gets 409),
 * needs a reason, and becomes a new revision holding the whole settings and what changed. A tenant
 * with no revision yet works with the platform's defaults, as revision 0.
 */
@ApplicationScoped
public class TenantSettingsService {

  static final int REASON_MAX = 1000;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject TenantDatabase database;
  @Inject PluginSelections pluginSelections;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /**
   * The settings in force.
   *
   * @param revision the revision number; 0 for the platform's defaults before any revision
   * @param settings the settings, read over the defaults so a field added since is filled in
   * @param record the stored revision, or {@code null} for revision 0
   */
  public record Current(int revision, TenantSettings settings, SettingsRevision record) {}

  /**
   * What a change did.
   *
   * @param revision the revision now current
   * @param created whether the change made a new revision (an identical change makes none)
   */
  public record Outcome(SettingsRevision revision, boolean created) {}

  @Transactional
  public Current current() {
    SettingsRevision latest = latest(database.entityManager());
    if (latest == null) {
      return new Current(0, TenantSettings.defaults(), null);
    }
    return new Current(latest.number(), effective(latest), latest);
  }

  @Transactional
  public SettingsRevision revision(int number) {
    SettingsRevision revision = database.entityManager().find(SettingsRevision.class, number);
    if (revision == null) {
      throw Problems.notFound("There is no settings revision " + number + ".");
    }
    return revision;
  }

  /** Revisions newest first. */
  @Transactional
  public List<SettingsRevision> revisions(PageRequest page) {
    return database
        .entityManager()
        .createQuery(
            "select r from SettingsRevision r order by r.number desc", SettingsRevision.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  /**
   * The revisions that lead from one revision to another: those after the lower number up to the
   * higher one, oldest first, at most {@code limit} of them.
   */
  @Transactional
  public List<SettingsRevision> revisionsBetween(int from, int to, int limit) {
    return database
        .entityManager()
        .createQuery(
            "select r from SettingsRevision r where r.number > :low and r.number <= :high"
                + " order by r.number asc",
            SettingsRevision.class)
        .setParameter("low", Math.min(from, to))
        .setParameter("high", Math.max(from, to))
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public long revisionCount() {
    return database
        .entityManager()
        .createQuery("select count(r) from SettingsRevision r", Long.class)
        .getSingleResult();
  }

  /** What changed from revision {@code from} to revision {@code to}; 0 stands for the defaults. */
  @Transactional
  public List<Change> diff(int from, int to) {
    return pluginSelections.changes(treeOf(from), treeOf(to));
  }

  /**
   * Makes {@code tree} the tenant's settings, as a new revision based on revision {@code basedOn}.
   */
  @Transactional
  public Outcome change(int basedOn, String reason, Object tree, SettingsRevision.Author author) {
    requireReason(reason);
    SettingsReader.Result read = SettingsReader.read(tree);
    if (!read.valid()) {
      throw invalid(read.violations());
    }
    return revise(
        basedOn,
        reason,
        pluginSelections.keepSecrets(current().settings(), read.settings()),
        author,
        null);
  }

  /**
   * Makes {@code selection} serve {@code point}, as a new revision on top of the current one. A
   * selection of the plugin already serving the point keeps the write-only settings it leaves out.
   */
  @Transactional
  public Outcome select(
      PluginPoint point, PluginSelection selection, String reason, SettingsRevision.Author author) {
    requireReason(reason);
    Current current = current();
    TenantSettings next =
        pluginSelections.keepSecrets(
            current.settings(), current.settings().withPlugin(point, selection));
    return revise(current.revision(), reason, next, author, null);
  }

  /** Makes an earlier revision's settings current again, as a new revision. */
  @Transactional
  public Outcome rollback(int to, int basedOn, String reason, SettingsRevision.Author author) {
    requireReason(reason);
    SettingsRevision target = revision(to);
    return revise(
        basedOn,
        "Rollback to revision " + to + ": " + reason.trim(),
        effective(target),
        author,
        to);
  }

  /**
   * Makes {@code settings} current whatever the current revision is: for settings declared in a
   * file, which the file's author owns. Settings equal to the current ones change nothing.
   */
  @Transactional
  public Outcome declare(TenantSettings settings, String reason, SettingsRevision.Author author) {
    return revise(current().revision(), reason, settings, author, null);
  }

  private Outcome revise(
      int basedOn,
      String reason,
      TenantSettings settings,
      SettingsRevision.Author author,
      Integer rolledBackTo) {
    settings = pluginSelections.named(settings);
    EntityManager entityManager = database.entityManager();
    SettingsRevision latest = latest(entityManager);
    int currentNumber = latest == null ? 0 : latest.number();
    if (basedOn != currentNumber) {
      throw stale(basedOn, currentNumber);
    }
    Map<String, Object> before = latest == null ? defaultsTree() : tree(latest.settingsJson());
    Map<String, Object> after = SettingsTree.toTree(settings);
    if (SettingsDiff.between(before, after).isEmpty() && latest != null) {
      return new Outcome(latest, false);
    }
    List<Violation> pluginProblems =
        pluginSelections.check(
            database.tenantId().value(),
            latest == null ? TenantSettings.defaults() : effective(latest),
            settings);
    if (!pluginProblems.isEmpty()) {
      throw invalid(pluginProblems);
    }
    // What is recorded and shown never holds a write-only plugin setting.
    List<Change> changes = pluginSelections.changes(before, after);
    SettingsRevision revision =
        new SettingsRevision(
            currentNumber + 1,
            author,
            reason.trim(),
            clock.instant(),
            JSON.toJson(after),
            JSON.toJson(changes),
            rolledBackTo);
    try {
      entityManager.persist(revision);
      entityManager.flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw stale(basedOn, currentNumber + 1);
      }
      throw e;
    }
    Map<String, Object> was = new LinkedHashMap<>();
    Map<String, Object> is = new LinkedHashMap<>();
    for (Change change : changes) {
      was.put(change.path(), change.before());
      is.put(change.path(), change.after());
    }
    audit.record(
        new AuditTrail.Actor(author.id(), author.name()),
        rolledBackTo == null ? "settings.change" : "settings.rollback",
        "settings/revisions/" + revision.number(),
        "Settings revision " + revision.number() + ": " + revision.reason(),
        was,
        is);
    return new Outcome(revision, true);
  }

  /** The revision's settings over today's defaults, so fields added since it was made are set. */
  static TenantSettings effective(SettingsRevision revision) {
    SettingsReader.Result read = SettingsReader.readOverDefaults(tree(revision.settingsJson()));
    if (!read.valid()) {
      throw new IllegalStateException(
          "settings revision " + revision.number() + " no longer reads: " + read.violations());
    }
    return read.settings();
  }

  private Map<String, Object> treeOf(int number) {
    return number == 0 ? defaultsTree() : tree(revision(number).settingsJson());
  }

  private static Map<String, Object> defaultsTree() {
    return SettingsTree.toTree(TenantSettings.defaults());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> tree(String json) {
    return JSON.fromJson(json, Map.class);
  }

  static Object parse(String json) {
    return JSON.fromJson(json, Object.class);
  }

  private static SettingsRevision latest(EntityManager entityManager) {
    return entityManager
        .createQuery(
            "select r from SettingsRevision r order by r.number desc", SettingsRevision.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw Problems.badRequest("reason", "every change of the settings needs a reason");
    }
    if (reason.length() > REASON_MAX) {
      throw Problems.badRequest("reason", "a reason has at most " + REASON_MAX + " characters");
    }
  }

  private static RuntimeException invalid(List<Violation> violations) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (Violation violation : violations) {
      errors.add(new Problem.FieldError("settings." + violation.path(), violation.message()));
    }
    return Problems.badRequest(
        "The settings break " + errors.size() + " rule(s); nothing was changed.", errors);
  }

  private static RuntimeException stale(int basedOn, int current) {
    return Problems.conflict(
        "stale-revision",
        "Stale revision",
        "The change was based on revision "
            + basedOn
            + ", but revision "
            + current
            + " is current. Read the current settings and apply the change again.");
  }
}
