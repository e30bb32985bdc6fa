/**
 * Tenants declared in files: a folder of YAML files (from Git, or a Kubernetes ConfigMap) that the
 * platform applies at start-up and on request. A missing tenant is subscribed, changed settings
 * become a revision authored by the file, an unchanged file changes nothing, and a file with errors
 * is rejected whole with messages naming file, line and path, while every other file is still
 * applied.
 */
package io.salesplatform.platform.declaration;
