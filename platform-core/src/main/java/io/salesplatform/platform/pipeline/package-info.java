/**
 * The opportunity pipeline (policy 4.3 and chapter 5): six stages from customer development to
 * after-sales, each with a responsible person and a due date from the tenant's stage deadlines,
 * moves checked by the policy, the history of stages kept, overdue stages and the board.
 */
package io.salesplatform.platform.pipeline;
