package io.salesplatform.platform.supervision;

/**
 * Open opportunities whose current stage is past its due day (policy 4.3): the stage's owner is
 * responsible, the opportunity's owner owns it; the same rule as {@code GET
 * /opportunities/overdue}.
 */
final class OverdueStages implements FindingDetector {

  @Override
  public String kind() {
    return "overdue-stage";
  }

  @Override
  public String sql() {
    return "select 'overdue-stage' as kind, o.id as record_id, cast(null as uuid) as parent_id,"
        + " o.title || ' (' || o.stage || ')' as title, o.stage_owner_id as responsible_id,"
        + " o.owner_id as owner_id, o.customer_id as customer_id, o.stage_due as due_on,"
        + " (cast(?2 as date) - o.stage_due) as days_overdue, cast(null as text) as detail,"
        + " cast(null as varchar) as approver_id"
        + " from opportunity o"
        + " where o.tenant_id = ?1 and o.status = 'OPEN' and o.stage_due < cast(?2 as date)";
  }
}
