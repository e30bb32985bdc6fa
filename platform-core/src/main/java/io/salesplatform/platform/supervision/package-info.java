/**
 * Supervision computed from the data (policy 8.1): automatic findings that no inspector has to look
 * for, such as stages, visits and contract milestones past their day and quotes approved below the
 * margin floor. Each kind is one small detector; the findings are read, never stored.
 */
package io.salesplatform.platform.supervision;
