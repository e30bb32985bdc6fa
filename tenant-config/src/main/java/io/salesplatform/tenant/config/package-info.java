/**
 * What identifies a tenant and what it sets. The platform and the declarative tenant files both
 * read this model, so a rule (what a valid slug is, what the settings must satisfy) is written
 * once.
 */
package io.salesplatform.tenant.config;
