/**
 * Tenants declared in YAML files, so that a tenant's setup can live in Git and in a Kubernetes
 * ConfigMap, and the platform applies it at start-up. A file names the tenant's slug, name and
 * first administrator, and the settings that differ from the defaults; {@link
 * io.salesplatform.tenant.config.declaration.DeclarationReader} reads it and reports every problem
 * with the file, line and settings path it concerns.
 */
package io.salesplatform.tenant.config.declaration;
