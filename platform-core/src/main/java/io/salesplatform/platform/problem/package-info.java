/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}), everywhere: one shape for
 * bad input with field-level details, missing or refused credentials, unknown resources, stale
 * versions and broken rules, and never a stack trace on the wire.
 */
package io.salesplatform.platform.problem;
