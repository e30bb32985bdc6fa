package io.salesplatform.platform.supervision;

/**
 * Quotes approved (and possibly sent or accepted since) whose approved version carried a {@code
 * margin-below-floor} reason from the pricing plugin (policy 4.4, 8.1): a price exception a manager
 * let through, for the inspectors to see. The quote's owner is responsible; the approver and the
 * plugin's reasons (with the margin) are shown. No deadline: it is never overdue.
 */
final class QuotesBelowMarginFloor implements FindingDetector {

  /** The approval reason's code, as the plugin API defines it. */
  static final String MARGIN_BELOW_FLOOR = "margin-below-floor";

  @Override
  public String kind() {
    return "quote-below-margin-floor";
  }

  @Override
  public String sql() {
    return "select 'quote-below-margin-floor' as kind, q.id as record_id,"
        + " q.opportunity_id as parent_id, 'Quote for ' || o.title as title,"
        + " q.owner_id as responsible_id, q.owner_id as owner_id, q.customer_id as customer_id,"
        + " cast(null as date) as due_on, 0 as days_overdue,"
        + " (select string_agg(r ->> 'message', '; ') from jsonb_array_elements("
        + "v.approval_reasons) r where r ->> 'code' = '"
        + MARGIN_BELOW_FLOOR
        + "') as detail, q.approved_by as approver_id"
        + " from quote q join quote_version v on v.tenant_id = q.tenant_id"
        + " and v.quote_id = q.id and v.number = q.current_version"
        + " join opportunity o on o.tenant_id = q.tenant_id and o.id = q.opportunity_id"
        + " where q.tenant_id = ?1 and q.status in ('APPROVED', 'SENT', 'ACCEPTED')"
        + " and q.approved_by is not null"
        + " and v.approval_reasons @> '[{\"code\": \""
        + MARGIN_BELOW_FLOOR
        + "\"}]'";
  }
}
