/**
 * The plugin host: loads the plugin jars once per JVM, resolves each plugin's extensions when it
 * starts and keeps them, so a request never scans for extensions.
 */
package io.salesplatform.platform.plugin;
