package io.salesplatform.tenant.config.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schemas (draft 2020-12): one of the settings, which the API can serve and
 * editors use, and one of declarative tenant files. A test keeps the settings schema in step with
 * the records. The schemas check shapes and ranges; rules across fields, such as weights summing to
 * 100, only {@link SettingsReader} checks.
 */
public final class SettingsSchema {

  /** Where the settings schema lives on the class path. */
  public static final String SETTINGS_RESOURCE =
      "/io/salesplatform/tenant/config/tenant-settings.schema.json";

  /** Where the declaration schema lives on the class path. */
  public static final String DECLARATION_RESOURCE =
      "/io/salesplatform/tenant/config/tenant-declaration.schema.json";

  private SettingsSchema() {}

  /** The settings schema's text. */
  public static String json() {
    return resource(SETTINGS_RESOURCE);
  }

  /** The declaration file schema's text. */
  public static String declarationJson() {
    return resource(DECLARATION_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = SettingsSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
