package io.salesplatform.tenant.config.settings;

/** An enum constant's spelling in the settings tree, which Java's constant names cannot carry. */
interface WireId {

  String id();
}
