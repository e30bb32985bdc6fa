package io.salesplatform.platform.inspection;

import io.salesplatform.platform.team.CompanyPeople;
import io.salesplatform.platform.team.PersonRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the inspection endpoints answer. */
public final class InspectionViews {

  private InspectionViews() {}

  /**
   * An inspection.
   *
   * @param id its id
   * @param title its title
   * @param scope company, team, rep or area
   * @param scopeRef the team id, user id or area, or {@code null} for the company
   * @param scheduledOn its day
   * @param inspector who conducts it
   * @param status scheduled or completed
   * @param overdue whether its day has passed while it is not completed
   * @param checklist the items with their results
   * @param failed how many items failed
   * @param openFindings how many of its findings are open
   * @param completedOn the day it was completed
   * @param conclusion the inspector's conclusion
   * @param scheduledBy who scheduled it
   * @param createdAt when it was scheduled
   * @param updatedAt when it last changed
   * @param version its version, also the ETag
   */
  public record InspectionView(
      UUID id,
      String title,
      String scope,
      String scopeRef,
      LocalDate scheduledOn,
      PersonRef inspector,
      String status,
      boolean overdue,
      List<Checklist.Item> checklist,
      long failed,
      long openFindings,
      LocalDate completedOn,
      String conclusion,
      PersonRef scheduledBy,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    static InspectionView of(
        Inspection inspection, long openFindings, Map<String, PersonRef> people, LocalDate today) {
      Inspection.Plan plan = inspection.plan();
      List<Checklist.Item> items = inspection.items();
      return new InspectionView(
          inspection.id(),
          plan.title(),
          plan.scope().id(),
          plan.scopeRef(),
          plan.scheduledOn(),
          CompanyPeople.ref(people, plan.inspectorId()),
          inspection.completed() ? "completed" : "scheduled",
          !inspection.completed() && plan.scheduledOn().isBefore(today),
          items,
          Checklist.failed(items),
          openFindings,
          inspection.completedOn(),
          inspection.conclusion(),
          CompanyPeople.ref(people, inspection.scheduledBy()),
          inspection.createdAt(),
          inspection.updatedAt(),
          inspection.version());
    }
  }

  /**
   * A finding.
   *
   * @param id its id
   * @param inspectionId the inspection that found it
   * @param severity low, medium or high
   * @param description what was found
   * @param responsible who resolves it
   * @param dueOn by when
   * @param status open or resolved
   * @param overdue whether its day has passed while it is open
   * @param daysOverdue how many days ago that was, or 0
   * @param resolution how it was resolved
   * @param resolvedAt when it was resolved
   * @param createdAt when it was recorded
   * @param updatedAt when it last changed
   * @param version its version, also the ETag
   */
  public record FindingView(
      UUID id,
      UUID inspectionId,
      String severity,
      String description,
      PersonRef responsible,
      LocalDate dueOn,
      String status,
      boolean overdue,
      long daysOverdue,
      String resolution,
      Instant resolvedAt,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    static FindingView of(
        InspectionFinding finding, Map<String, PersonRef> people, LocalDate today) {
      InspectionFinding.Content c = finding.content();
      boolean overdue = finding.overdue(today);
      return new FindingView(
          finding.id(),
          finding.inspectionId(),
          c.severity(),
          c.description(),
          CompanyPeople.ref(people, c.responsibleId()),
          c.dueOn(),
          finding.status(),
          overdue,
          overdue ? c.dueOn().until(today, ChronoUnit.DAYS) : 0,
          c.resolution(),
          finding.resolvedAt(),
          finding.createdAt(),
          finding.updatedAt(),
          finding.version());
    }
  }
}
