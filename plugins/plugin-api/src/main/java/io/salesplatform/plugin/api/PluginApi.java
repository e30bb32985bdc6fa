package io.salesplatform.plugin.api;

/**
 * The version of this API, versioned semantically: a minor version only adds (a new optional
 * request field, a new method with a default), a major version may break plugins built against an
 * earlier one.
 *
 * <p>A plugin declares the versions it works with as a range in its manifest ({@code
 * Plugin-Requires: >=1.0.0 & <2.0.0}); the platform refuses, with that reason, a plugin whose range
 * does not include {@link #VERSION}.
 */
public final class PluginApi {

  /** The version of the API this platform provides. */
  public static final String VERSION = "1.0.0";

  private PluginApi() {}
}
