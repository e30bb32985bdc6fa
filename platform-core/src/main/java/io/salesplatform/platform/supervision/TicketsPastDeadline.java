package io.salesplatform.platform.supervision;

/**
 * Complaints and feedback not answered or not resolved in time (policy 4.5, 5.6): an open or
 * in-progress ticket without a first response after its response deadline, or unresolved after its
 * resolution deadline, the same rule as {@code GET /tickets/overdue}. The deadlines are the ones
 * fixed on the ticket when it was opened, from the company's settings of that day (ADR 27). The
 * assignee is responsible; the customer's rep owns it. The due day is the missed deadline's day in
 * the company's time zone.
 */
final class TicketsPastDeadline implements FindingDetector {

  @Override
  public String kind() {
    return "ticket-past-deadline";
  }

  @Override
  public String sql() {
    return "select 'ticket-past-deadline' as kind, t.id as record_id, cast(null as uuid) as"
        + " parent_id, 'Ticket: ' || t.subject as title, t.assignee_id as responsible_id,"
        + " c.assigned_rep_id as owner_id, t.customer_id as customer_id,"
        + " cast(d.missed at time zone ?4 as date) as due_on,"
        + " (cast(?2 as date) - cast(d.missed at time zone ?4 as date)) as days_overdue,"
        + " d.what || ': ' || t.severity || ' ' || t.kind || ' (' || t.category || ')' as detail,"
        + " cast(null as varchar) as approver_id"
        + " from ticket t join customer c on c.tenant_id = t.tenant_id and c.id = t.customer_id"
        + " cross join lateral (select case"
        + " when t.first_response_at is null and t.response_due < ?3 then t.response_due"
        + " else t.resolution_due end as missed, case"
        + " when t.first_response_at is null and t.response_due < ?3"
        + " then 'No first response by the deadline' else 'Not resolved by the deadline' end"
        + " as what) d"
        + " where t.tenant_id = ?1 and t.status in ('open', 'in-progress')"
        + " and ((t.first_response_at is null and t.response_due < ?3) or t.resolution_due < ?3)";
  }
}
