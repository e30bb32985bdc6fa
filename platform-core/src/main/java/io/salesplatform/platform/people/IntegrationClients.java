package io.salesplatform.platform.people;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CustomRoles;
import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The company's own systems as callers of the API: confidential clients with the client-credentials
 * grant whose service accounts hold roles in the tenant like people do.
 */
@ApplicationScoped
public class IntegrationClients {

  @Inject IdentityDirectory directory;
  @Inject TenantContext tenantContext;
  @Inject AuditTrail audit;
  @Inject CustomRoles customRoles;

  /**
   * A client as the tenant admin sees it.
   *
   * @param clientId what the client authenticates as
   * @param name what the company calls it
   * @param roles its roles in the tenant
   * @param secret its secret, only in the answer that created it
   */
  public record ClientView(String clientId, String name, List<String> roles, String secret) {}

  @Transactional
  public ClientView create(String name, List<String> requestedRoles, AuditTrail.Actor actor) {
    Set<String> roles = customRoles.holdable(requestedRoles);
    Tenant tenant = tenant();
    IdentityDirectory.Integration client =
        directory.createClient(realm(), tenant.organizationId(), tenant.slug(), name.trim(), roles);
    audit.record(
        actor,
        "client.create",
        "clients/" + client.clientId(),
        "Created integration client " + client.clientId() + " (" + name.trim() + ")",
        null,
        Map.of("clientId", client.clientId(), "roles", List.copyOf(roles)));
    return new ClientView(client.clientId(), client.name(), List.copyOf(roles), client.secret());
  }

  public List<ClientView> list() {
    String slug = tenantContext.slug();
    return directory.clients(realm(), slug).stream()
        .map(
            c ->
                new ClientView(
                    c.clientId(),
                    c.name(),
                    List.copyOf(directory.rolesIn(realm(), c.accountId(), slug)),
                    null))
        .toList();
  }

  @Transactional
  public void revoke(String clientId, AuditTrail.Actor actor) {
    if (!directory.revokeClient(realm(), tenantContext.slug(), clientId)) {
      throw Problems.notFound("There is no client '" + clientId + "' in this company.");
    }
    audit.record(
        actor,
        "client.revoke",
        "clients/" + clientId,
        "Revoked integration client " + clientId,
        null,
        null);
  }

  private Tenant tenant() {
    return tenantContext.tenant();
  }

  /** The realm the tenant's people are in. */
  private String realm() {
    return tenantContext.tenant().realm();
  }
}
