package io.salesplatform.platform.supervision;

/**
 * Planned follow-up visits whose day has passed without a visit (policy 4.2): the rep who is to
 * visit is responsible, the customer's assigned rep owns it; the same rule as {@code GET
 * /visits/overdue}.
 */
final class OverdueVisits implements FindingDetector {

  @Override
  public String kind() {
    return "overdue-visit";
  }

  @Override
  public String sql() {
    return "select 'overdue-visit' as kind, v.id as record_id, c.id as parent_id,"
        + " 'Follow-up visit to ' || c.name as title, v.rep_id as responsible_id,"
        + " c.assigned_rep_id as owner_id, c.id as customer_id, v.planned_for as due_on,"
        + " (cast(?2 as date) - v.planned_for) as days_overdue, cast(null as text) as detail,"
        + " cast(null as varchar) as approver_id"
        + " from customer_visit v join customer c on c.tenant_id = v.tenant_id"
        + " and c.id = v.customer_id"
        + " where v.tenant_id = ?1 and v.visited_on is null and v.planned_for < cast(?2 as date)";
  }
}
