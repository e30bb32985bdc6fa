package io.salesplatform.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The platform's two realms, created when missing: {@code platform} for the operator and {@code
 * sales} for the pooled tenants. Their definitions are the JSON files beside this class; a realm
 * that exists is left as it is.
 */
final class Realms {

  static final String PLATFORM = "platform";
  static final String SALES = "sales";

  private Realms() {}

  static void ensure(Keycloak admin, StackSettings settings) throws IOException {
    Map<String, String> values =
        Map.of(
            "PLATFORM_URL", settings.platformUrl(),
            "PLATFORM_CLIENT_SECRET", settings.secrets().platformClientSecret(),
            "AUDIENCE_MAPPER", resource("audience-mapper.json"),
            "GROUPS_MAPPER", resource("groups-mapper.json"));
    for (String realm : new String[] {PLATFORM, SALES}) {
      boolean exists = admin.realms().findAll().stream().anyMatch(r -> realm.equals(r.getRealm()));
      if (!exists) {
        String json = resource(realm + ".json");
        for (var value : values.entrySet()) {
          json = json.replace("${" + value.getKey() + "}", value.getValue());
        }
        admin.realms().create(JsonSerialization.readValue(json, RealmRepresentation.class));
        // People the platform subscribes may have a one-word name; the profile check at sign-in
        // would then stop them, so the realms rely on the platform's own validation instead.
        RequiredActionProviderRepresentation verifyProfile =
            admin.realm(realm).flows().getRequiredAction("VERIFY_PROFILE");
        verifyProfile.setEnabled(false);
        admin.realm(realm).flows().updateRequiredAction("VERIFY_PROFILE", verifyProfile);
      }
    }
    // The devstack's secret is fixed, but a realm kept from an older run may hold another one.
    var platformClient =
        admin.realm(SALES).clients().findByClientId("sales-platform").stream().findFirst();
    if (platformClient.isPresent()
        && !settings.secrets().platformClientSecret().equals(platformClient.get().getSecret())) {
      var client = platformClient.get();
      client.setSecret(settings.secrets().platformClientSecret());
      admin.realm(SALES).clients().get(client.getId()).update(client);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Realms.class.getResourceAsStream("/realms/" + name)) {
      if (in == null) {
        throw new IOException("missing realm resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
