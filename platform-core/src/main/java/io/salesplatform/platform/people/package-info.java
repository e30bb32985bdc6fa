/**
 * A tenant's people, managed by its admins through the platform rather than the identity provider's
 * console: add a person with roles, list and search, change roles, deactivate and reactivate. The
 * identity provider holds identities and role grants; the platform keeps each person's place in the
 * tenant and, while deactivated, the roles to give back.
 */
package io.salesplatform.platform.people;
