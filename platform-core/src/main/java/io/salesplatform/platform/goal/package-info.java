/** Quarterly sales goals per company, team and rep, with live progress (policy 4.1, 6.1). */
package io.salesplatform.platform.goal;
