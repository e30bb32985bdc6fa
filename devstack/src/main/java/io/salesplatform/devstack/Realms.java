package io.salesplatform.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The platform's two realms, created when missing: {@code platform} for the operator and {@code
 * sales} for the pooled tenants. Their definitions are the JSON files beside this class; a realm
 * that exists is left as it is.
 */
final class Realms {

  static final String PLATFORM = "platform";
  static final String SALES = "sales";
  static final String MASTER = "master";
  static final String PROVISIONER = "sales-platform-provisioner";

  /** The name of a tenant's own realm. */
  static String dedicated(String slug) {
    return "tenant-" + slug;
  }

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
    ensureProvisioner(admin, settings.secrets().provisionerSecret());
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

  /**
   * The client of the administration realm that creates tenants' own realms. It holds only {@code
   * create-realm}; the identity provider makes the creator of a realm that realm's administrator.
   */
  private static void ensureProvisioner(Keycloak admin, String secret) {
    var clients = admin.realm(MASTER).clients();
    var existing = clients.findByClientId(PROVISIONER).stream().findFirst();
    if (existing.isPresent()) {
      ClientRepresentation client = existing.get();
      if (!secret.equals(client.getSecret())) {
        client.setSecret(secret);
        clients.get(client.getId()).update(client);
      }
      return;
    }
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(PROVISIONER);
    client.setName("Creates tenants' own realms");
    client.setPublicClient(false);
    client.setSecret(secret);
    client.setStandardFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setServiceAccountsEnabled(true);
    String id;
    try (var response = clients.create(client)) {
      id = CreatedResponseUtil.getCreatedId(response);
    }
    String account = clients.get(id).getServiceAccountUser().getId();
    RoleRepresentation createRealm =
        admin.realm(MASTER).roles().get("create-realm").toRepresentation();
    admin.realm(MASTER).users().get(account).roles().realmLevel().add(List.of(createRealm));
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
