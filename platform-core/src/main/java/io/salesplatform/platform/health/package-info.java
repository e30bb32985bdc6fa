/** Liveness and readiness, for the orchestrator: ready when the database answers. */
package io.salesplatform.platform.health;
