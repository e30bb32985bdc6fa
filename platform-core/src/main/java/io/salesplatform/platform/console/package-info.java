/**
 * The web console: static pages served by the platform itself (no build step), which sign people in
 * with the identity provider (authorization code flow with PKCE) and then use the REST API. Only
 * its public settings come from here.
 */
package io.salesplatform.platform.console;
