package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every change of a tenant is in its audit trail, readable by its admins and inspectors, and
 * tampering with the trail behind the platform's back is found by the verification.
 */
@ExtendWith(DeployedStack.class)
class AuditTrailTest {

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  AuditTrailTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void subscriptionAndSettingsChangesAreRecordedWithWhoWhenAndWhat() throws Exception {
    String slug = Tenants.uniqueSlug("audited");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    tenants.changeCurrency(slug, admin, "EUR");

    JsonNode trail = api.get("/api/t/" + slug + "/audit", admin).json();

    assertThat(trail.get("items").findValuesAsText("action"))
        .containsExactly("settings.change", "settings.change", "tenant.subscribe");
    JsonNode newest = trail.at("/items/0");
    assertThat(newest.at("/actor/name").asText()).isEqualTo("admin@" + slug + ".example");
    assertThat(newest.at("/before/currency").asText()).isNotEqualTo("EUR");
    assertThat(newest.at("/after/currency").asText()).isEqualTo("EUR");
    assertThat(trail.at("/items/2/actor/name").asText()).isEqualTo("operator");
    JsonNode filtered = api.get("/api/t/" + slug + "/audit?action=tenant.subscribe", admin).json();
    assertThat(filtered.get("total").asInt()).isEqualTo(1);
    assertThat(api.get("/api/t/" + slug + "/audit?from=not-a-time", admin).status()).isEqualTo(400);
  }

  @Test
  void inspectorsReadTheTrailAndRepsDoNot() throws Exception {
    String slug = Tenants.uniqueSlug("inspected");
    tenants.subscribeAndSignInAdmin(slug);
    IdentityAdmin identity = stack.identity();
    String inspector = "inspector-" + slug;
    String rep = "rep-" + slug;
    identity.grant(
        Realms.SALES,
        slug,
        identity.ensurePerson(
            Realms.SALES,
            inspector,
            inspector + "@x.example",
            "Ines",
            "Inspector",
            Tenants.PASSWORD),
        TenantRole.INSPECTOR);
    identity.grant(
        Realms.SALES,
        slug,
        identity.ensurePerson(
            Realms.SALES, rep, rep + "@x.example", "Rob", "Rep", Tenants.PASSWORD),
        TenantRole.SALES_REP);

    assertThat(
            api.get(
                    "/api/t/" + slug + "/audit",
                    api.token(Realms.SALES, inspector, Tenants.PASSWORD))
                .status())
        .isEqualTo(200);
    assertThat(
            api.get("/api/t/" + slug + "/audit", api.token(Realms.SALES, rep, Tenants.PASSWORD))
                .status())
        .isEqualTo(403);
    assertThat(
            api.get("/api/t/demo/audit", api.token(Realms.SALES, inspector, Tenants.PASSWORD))
                .status())
        .isEqualTo(404);
  }

  @Test
  void aRowChangedBehindThePlatformsBackIsReportedAsTheFirstBrokenLink() throws Exception {
    String slug = Tenants.uniqueSlug("tampered");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    tenants.changeCurrency(slug, admin, "EUR");
    tenants.changeCurrency(slug, admin, "CNY");
    JsonNode before = api.get("/api/t/" + slug + "/audit/verification", admin).json();
    assertThat(before.get("intact").asBoolean()).isTrue();
    assertThat(before.get("events").asInt()).isEqualTo(4);
    String tenantId = tenantId(slug);

    // The application's own role cannot rewrite history at all...
    try (Connection app = connect(Postgres.APP, stack.settings().secrets().appPassword())) {
      assertThatThrownBy(() -> tamper(app, tenantId, 2))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
    }
    // ...and the schema owner who can is caught by the chain.
    try (Connection owner = connect(Postgres.OWNER, stack.settings().secrets().ownerPassword())) {
      tamper(owner, tenantId, 2);
    }

    JsonNode after = api.get("/api/t/" + slug + "/audit/verification", admin).json();
    assertThat(after.get("intact").asBoolean()).isFalse();
    assertThat(after.get("firstBrokenSeq").asInt()).isEqualTo(2);
    assertThat(after.get("reason").asText()).contains("changed");
  }

  private void tamper(Connection connection, String tenantId, int seq) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement tenant =
            connection.prepareStatement("select set_config('app.tenant_id', ?, true)");
        PreparedStatement update =
            connection.prepareStatement(
                "update audit_event set summary = 'nothing happened' where seq = ?")) {
      tenant.setString(1, tenantId);
      tenant.execute();
      update.setInt(1, seq);
      assertThat(update.executeUpdate()).isEqualTo(1);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  private String tenantId(String slug) throws SQLException {
    try (Connection app = connect(Postgres.APP, stack.settings().secrets().appPassword());
        PreparedStatement query = app.prepareStatement("select id from tenant where slug = ?")) {
      query.setString(1, slug);
      var result = query.executeQuery();
      result.next();
      return result.getString(1);
    }
  }

  private Connection connect(String role, String password) throws SQLException {
    return DriverManager.getConnection(stack.databaseUrl(), role, password);
  }
}
