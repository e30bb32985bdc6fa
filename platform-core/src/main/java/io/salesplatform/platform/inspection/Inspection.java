package io.salesplatform.platform.inspection;

import io.salesplatform.platform.problem.Problems;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An inspection: scheduled by sales management, conducted by its inspector along its checklist,
 * then completed, after which it changes no more. It is completed only once every item is checked.
 */
@Entity
@Table(name = "inspection")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Inspection {

  /** Where an inspection stands. */
  public enum Status {
    SCHEDULED,
    COMPLETED
  }

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String scope;

  @Column(name = "scope_ref")
  private String scopeRef;

  @Column(name = "scheduled_on", nullable = false)
  private LocalDate scheduledOn;

  @Column(name = "inspector_id", nullable = false)
  private String inspectorId;

  @Column(nullable = false, columnDefinition = "jsonb")
  private String checklist;

  @Column(nullable = false)
  private String status;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  private String conclusion;

  @Column(name = "scheduled_by", nullable = false, updatable = false)
  private String scheduledBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /**
   * What is scheduled.
   *
   * @param title its title
   * @param scope what it looks at
   * @param scopeRef the team, rep or area, or {@code null} for the company
   * @param scheduledOn its day
   * @param inspectorId who conducts it
   * @param items what is to be checked
   */
  public record Plan(
      String title,
      InspectionScope scope,
      String scopeRef,
      LocalDate scheduledOn,
      String inspectorId,
      List<String> items) {}

  protected Inspection() {}

  public Inspection(Plan plan, String scheduledBy, Instant now) {
    this.id = UUID.randomUUID();
    this.scheduledBy = scheduledBy;
    this.status = Status.SCHEDULED.name();
    this.createdAt = now;
    this.checklist = "[]";
    plan(plan, now);
  }

  /** Takes a new plan; items kept by their text keep their results. True when anything changed. */
  public boolean replan(Plan plan, Instant now) {
    requireScheduled();
    if (plan.equals(plan())) {
      return false;
    }
    plan(plan, now);
    return true;
  }

  private void plan(Plan plan, Instant now) {
    this.title = plan.title();
    this.scope = plan.scope().id();
    this.scopeRef = plan.scopeRef();
    this.scheduledOn = plan.scheduledOn();
    this.inspectorId = plan.inspectorId();
    List<Checklist.Item> before = items();
    List<Checklist.Item> items = new ArrayList<>();
    for (String item : plan.items()) {
      items.add(
          before.stream()
              .filter(b -> b.item().equals(item))
              .findFirst()
              .orElse(new Checklist.Item(item, null, null)));
    }
    store(items);
    this.updatedAt = now;
  }

  /** Records the results along the checklist; true when anything changed. */
  public boolean record(List<Checklist.Item> results, Instant now) {
    requireScheduled();
    if (results.equals(items())) {
      return false;
    }
    store(results);
    this.updatedAt = now;
    return true;
  }

  /** Completes it; refused while an item is unchecked. */
  public void complete(LocalDate day, String conclusion, Instant now) {
    requireScheduled();
    List<Integer> open = Checklist.unchecked(items());
    if (!open.isEmpty()) {
      throw Problems.unprocessable(
          "checklist-incomplete",
          "Checklist incomplete",
          "Every checklist item needs a result before the inspection is completed; items "
              + open
              + " have none.");
    }
    this.status = Status.COMPLETED.name();
    this.completedOn = day;
    this.conclusion = conclusion;
    this.updatedAt = now;
  }

  private void requireScheduled() {
    if (!Status.SCHEDULED.name().equals(status)) {
      throw Problems.unprocessable(
          "inspection-completed",
          "Inspection completed",
          "The inspection was completed on " + completedOn + " and changes no more.");
    }
  }

  // JSON-P rather than JSON-B, so that the checklist rules run in plain unit tests too
  private void store(List<Checklist.Item> items) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Checklist.Item item : items) {
      JsonObjectBuilder object = Json.createObjectBuilder().add("item", item.item());
      if (item.result() != null) {
        object.add("result", item.result());
      }
      if (item.notes() != null) {
        object.add("notes", item.notes());
      }
      array.add(object);
    }
    this.checklist = array.build().toString();
  }

  public List<Checklist.Item> items() {
    if (checklist == null) {
      return List.of();
    }
    try (var reader = Json.createReader(new java.io.StringReader(checklist))) {
      return reader.readArray().stream()
          .map(JsonValue::asJsonObject)
          .map(
              (JsonObject o) ->
                  new Checklist.Item(
                      o.getString("item"), o.getString("result", null), o.getString("notes", null)))
          .toList();
    }
  }

  public Plan plan() {
    return new Plan(
        title,
        InspectionScope.byId(scope).orElseThrow(),
        scopeRef,
        scheduledOn,
        inspectorId,
        items().stream().map(Checklist.Item::item).toList());
  }

  public boolean completed() {
    return Status.COMPLETED.name().equals(status);
  }

  public UUID id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String inspectorId() {
    return inspectorId;
  }

  public LocalDate scheduledOn() {
    return scheduledOn;
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public String conclusion() {
    return conclusion;
  }

  public String scheduledBy() {
    return scheduledBy;
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
