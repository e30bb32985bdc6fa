package io.salesplatform.platform.supervision;

/**
 * Milestones of signed contracts (deliveries, invoices, obligations) still pending after their due
 * day (policy 5.5, 6.4), completed contracts included (all delivered, an invoice still unpaid): the
 * contract's owner is responsible; the same rule as the contracts' overdue milestones.
 */
final class MilestonesPastDue implements FindingDetector {

  @Override
  public String kind() {
    return "milestone-past-due";
  }

  @Override
  public String sql() {
    return "select 'milestone-past-due' as kind, m.id as record_id, c.id as parent_id,"
        + " 'Contract ' || c.number || ': ' || m.title || ' (' || m.kind || ')' as title,"
        + " c.owner_id as responsible_id, c.owner_id as owner_id, c.customer_id as customer_id,"
        + " m.due_on as due_on, (cast(?2 as date) - m.due_on) as days_overdue,"
        + " cast(null as text) as detail, cast(null as varchar) as approver_id"
        + " from contract_milestone m join contract c on c.tenant_id = m.tenant_id"
        + " and c.id = m.contract_id"
        + " where m.tenant_id = ?1 and c.status in ('SIGNED', 'COMPLETED') and m.status = 'PENDING'"
        + " and m.due_on < cast(?2 as date)";
  }
}
