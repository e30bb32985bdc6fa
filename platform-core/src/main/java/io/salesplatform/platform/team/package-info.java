/**
 * Teams of the company's sales staff (policy 2.2, 4.1): a name, a manager and members, and the
 * per-team views of customers, visits and the pipeline that narrow a list to a team's people.
 */
package io.salesplatform.platform.team;
