package io.salesplatform.devstack;

import io.salesplatform.tenant.config.IdentityLayout;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak as its bootstrap admin drives it, for what only the stack does: create the realms, seed
 * demo people, and let tests set passwords. The platform itself uses its own service account.
 */
public final class IdentityAdmin implements AutoCloseable {

  private final Keycloak keycloak;

  IdentityAdmin(StackSettings settings) {
    this.keycloak =
        KeycloakBuilder.builder()
            .serverUrl(settings.keycloakUrl())
            .realm("master")
            .clientId("admin-cli")
            .username(KeycloakServer.ADMIN)
            .password(settings.secrets().keycloakAdminPassword())
            .build();
  }

  public Keycloak keycloak() {
    return keycloak;
  }

  /** A person with a permanent password, made if missing; their id. */
  public String ensurePerson(
      String realm,
      String username,
      String email,
      String firstName,
      String lastName,
      String password) {
    RealmResource resource = keycloak.realm(realm);
    String id =
        resource.users().searchByUsername(username, true).stream()
            .findFirst()
            .map(UserRepresentation::getId)
            .orElse(null);
    if (id == null) {
      UserRepresentation user = new UserRepresentation();
      user.setUsername(username);
      user.setEmail(email);
      user.setEmailVerified(true);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEnabled(true);
      try (Response response = resource.users().create(user)) {
        id = CreatedResponseUtil.getCreatedId(response);
      }
    }
    setPassword(realm, id, password);
    return id;
  }

  /** Sets a permanent password, replacing a one-time one. */
  public void setPassword(String realm, String userId, String password) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setTemporary(false);
    credential.setValue(password);
    var user = keycloak.realm(realm).users().get(userId);
    user.resetPassword(credential);
    UserRepresentation representation = user.toRepresentation();
    if (representation.getRequiredActions() != null
        && !representation.getRequiredActions().isEmpty()) {
      representation.setRequiredActions(List.of());
      user.update(representation);
    }
  }

  public String userId(String realm, String username) {
    return keycloak.realm(realm).users().searchByUsername(username, true).stream()
        .findFirst()
        .map(UserRepresentation::getId)
        .orElseThrow(() -> new IllegalStateException("no user " + username + " in " + realm));
  }

  /** Gives a person a role in a tenant of the pooled realm: organization membership and group. */
  public void grant(String realm, String tenantSlug, String userId, TenantRole role) {
    RealmResource resource = keycloak.realm(realm);
    var organization =
        resource.organizations().search(tenantSlug, true, 0, 1).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no organization " + tenantSlug));
    var members = resource.organizations().get(organization.getId()).members();
    boolean member = members.list(-1, -1).stream().anyMatch(m -> m.getId().equals(userId));
    if (!member) {
      try (Response response = members.addMember(userId)) {
        if (response.getStatus() >= 300) {
          throw new IllegalStateException(
              "organization membership refused: " + response.getStatus());
        }
      }
    }
    var group = resource.getGroupByPath(IdentityLayout.roleGroupPath(tenantSlug, role.id()));
    resource.users().get(userId).joinGroup(group.getId());
  }

  @Override
  public void close() {
    keycloak.close();
  }
}
