package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample sales the Run command gives the demo company are made through the API by the roles the
 * policy names, once, and every summary shows them: the pipeline at each stage, a signed deal in
 * the rep's goal, a complaint, a risk, the credit exposure.
 */
@ExtendWith(DeployedStack.class)
class DemoSalesTest {

  private final PlatformApi api;
  private final Tenants tenants;

  DemoSalesTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void aCompanyGetsItsSampleSalesOnceAndTheDashboardsShowThem() throws Exception {
    String slug = Tenants.uniqueSlug("sample");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String base = "/api/t/" + slug;
    String manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    String rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    String legal = tenants.signInWithRole(slug, TenantRole.LEGAL);

    assertThat(DemoSales.ensure(api, slug, admin, manager, rep, legal)).isTrue();

    JsonNode mine = api.get(base + "/dashboards/rep", rep).json();
    List<String> stages = new ArrayList<>();
    mine.at("/pipeline/stages")
        .forEach(
            s -> {
              if (s.get("count").asInt() > 0) {
                stages.add(s.get("name").asText());
              }
            });
    assertThat(stages)
        .containsExactly("customer-development", "needs-analysis", "proposal-and-quote");
    assertThat(mine.at("/pipeline/won/count").asInt()).as("the signed deal").isEqualTo(1);
    JsonNode goal = mine.at("/goals/0");
    assertThat(goal.at("/revenue/achieved/amount").decimalValue()).isPositive();
    assertThat(goal.at("/newCustomers/achieved").asInt()).isEqualTo(1);

    JsonNode contracts = api.get(base + "/contracts", manager).json();
    assertThat(contracts.get("total").asInt()).isEqualTo(1);
    assertThat(contracts.at("/items/0/status").asText()).isEqualTo("signed");
    assertThat(api.get(base + "/tickets", manager).json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get(base + "/customers", manager).json().get("total").asInt()).isEqualTo(4);

    JsonNode company = api.get(base + "/dashboards/admin", admin).json();
    assertThat(company.at("/risks/total").asInt()).isEqualTo(1);
    assertThat(company.at("/creditExposure/0/exposure/amount").decimalValue()).isPositive();

    // a second time changes nothing
    assertThat(DemoSales.ensure(api, slug, admin, manager, rep, legal)).isFalse();
    assertThat(api.get(base + "/customers", manager).json().get("total").asInt()).isEqualTo(4);
  }
}
