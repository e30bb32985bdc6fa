/**
 * A tenant's roles: the standard ones every tenant has, and custom ones its admin builds from
 * permissions. The identity provider says who holds a role (a group per role, carried in tokens);
 * the platform's database says what a custom role grants, and is asked on each request of someone
 * holding one, so that changing or deleting a role takes effect at once on every instance.
 */
package io.salesplatform.platform.role;
