package io.salesplatform.platform.inspection;

import java.util.List;

/** What clients send about inspections. */
public final class InspectionRequests {

  private InspectionRequests() {}

  /** An inspection as sales management schedules it. */
  public static class Schedule {
    /** The title, 1 to 200 characters; required. */
    public String title;

    /** company, team, rep or area; required. */
    public String scope;

    /** The team id (team), user id (rep) or the area in words (area); none for company. */
    public String scopeRef;

    /** The day it is to take place, such as 2026-06-15; required. */
    public String scheduledOn;

    /** The user id of the inspector, a person whose roles allow conducting inspections. */
    public String inspectorId;

    /** The items to check, each 1 to 500 characters, 1 to 100 of them. */
    public List<String> checklist;

    /** The version a change is based on (or If-Match); not used on creation. */
    public Long version;
  }

  /** The inspector's results along the checklist, item by item in its order. */
  public static class Results {
    /** One entry per checklist item: its result (pass, fail, n.a.) and notes. */
    public List<ItemResult> items;

    /** The version the results are based on (or If-Match). */
    public Long version;
  }

  /** The result of one item. */
  public static class ItemResult {
    /** pass, fail or n.a.; absent while unchecked. */
    public String result;

    /** Notes, up to 2,000 characters. */
    public String notes;
  }

  /** Completing an inspection. */
  public static class Completion {
    /** The inspector's conclusion, up to 10,000 characters. */
    public String conclusion;

    /** The version it is based on (or If-Match). */
    public Long version;
  }

  /** A finding as the inspector records or changes it. */
  public static class Finding {
    /** low, medium or high; required. */
    public String severity;

    /** What was found, 1 to 10,000 characters; required. */
    public String description;

    /** The user id of the person responsible for resolving it; required. */
    public String responsibleId;

    /** The day by which it is to be resolved; required. */
    public String dueOn;

    /** open (when absent) or resolved. */
    public String status;

    /** How it was resolved, up to 10,000 characters; required when resolved. */
    public String resolution;

    /** The version a change is based on (or If-Match); not used on creation. */
    public Long version;
  }
}
