package io.salesplatform.platform.supervision;

/**
 * One kind of automatic finding, as one SQL {@code select} over the tenant's records. Every
 * detector answers the same columns, so that the findings of all kinds are one union that the
 * database filters, sorts, pages and counts:
 *
 * <ol>
 *   <li>{@code kind} (varchar): {@link #kind()}
 *   <li>{@code record_id} (uuid): the record the finding is about
 *   <li>{@code parent_id} (uuid, may be null): the record it belongs to, such as a milestone's
 *       contract or a quote's opportunity
 *   <li>{@code title} (text): what it is about, in a few words
 *   <li>{@code responsible_id} (varchar): who is to act on it
 *   <li>{@code owner_id} (varchar): who owns the record; a rep reaches the findings they are
 *       responsible for or whose record they own
 *   <li>{@code customer_id} (uuid, may be null): the customer concerned
 *   <li>{@code due_on} (date, may be null): the day it was due; null for a kind without a deadline
 *   <li>{@code days_overdue} (integer): days past {@code due_on}, 0 without one
 *   <li>{@code detail} (text, may be null): more for people, such as the approval reasons
 *   <li>{@code approver_id} (varchar, may be null): who approved the record, where that matters
 * </ol>
 *
 * <p>The query reads the tenant from parameter {@code ?1} (uuid), today's day in the company's time
 * zone from {@code ?2} (date), the moment it is computed for from {@code ?3} (timestamp) and the
 * company's time zone from {@code ?4} (its id, for {@code at time zone}). A new kind is one more
 * class, registered in {@link AutomaticFindings#DETECTORS}.
 */
public interface FindingDetector {

  /** The kind's name on the wire, kebab-case. */
  String kind();

  /**
   * The {@code select} answering the columns above, for the tenant {@code ?1} on day {@code ?2} (at
   * {@code ?3}, in time zone {@code ?4}).
   */
  String sql();
}
