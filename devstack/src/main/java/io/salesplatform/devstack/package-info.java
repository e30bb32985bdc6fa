/**
 * The whole platform on one machine, from one command: an embedded PostgreSQL, Keycloak from its
 * Maven Central distribution, the platform's uber jar, the realms and a demo tenant. The deployed
 * tests start the same stack, throwaway, on free ports.
 */
package io.salesplatform.devstack;
