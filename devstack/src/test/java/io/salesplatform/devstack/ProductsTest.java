package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product catalogue through the API: managers keep it, everyone selling reads it; SKUs are
 * unique, prices exact decimals, changes versioned, and products deactivated rather than deleted.
 */
@ExtendWith(DeployedStack.class)
class ProductsTest {

  private final PlatformApi api;
  private final Tenants tenants;

  ProductsTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void managersKeepTheCatalogueAndRepsReadIt() throws Exception {
    String slug = Tenants.uniqueSlug("catalogue");
    tenants.subscribeAndSignInAdmin(slug);
    String base = "/api/t/" + slug + "/products";
    String manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    String rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);

    PlatformApi.Answer created =
        api.post(
            base,
            manager,
            Map.of(
                "sku", "CRM-SEAT",
                "name", "CRM seat",
                "listPrice", "990",
                "unitCost", "120.50",
                "currency", "EUR"));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode product = created.json();
    assertThat(product.at("/listPrice/amount").decimalValue()).isEqualByComparingTo("990.00");
    assertThat(product.at("/listPrice/currency").asText()).isEqualTo("EUR");
    assertThat(product.at("/unitCost/amount").decimalValue()).isEqualByComparingTo("120.50");
    assertThat(product.get("active").asBoolean()).isTrue();
    api.post(
        base, manager, Map.of("sku", "ADDON-1", "name", "Analytics add-on", "listPrice", "50"));

    PlatformApi.Answer taken =
        api.post(base, manager, Map.of("sku", "CRM-SEAT", "name", "Again", "listPrice", "1"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().get("type").asText()).endsWith("/sku-taken");
    for (Map<String, Object> bad :
        List.of(
            Map.<String, Object>of("sku", "crm seat", "name", "X", "listPrice", "1"),
            Map.<String, Object>of("sku", "X1", "name", "X", "listPrice", "1.234"),
            Map.<String, Object>of("sku", "X2", "name", "X", "listPrice", "-1"),
            Map.<String, Object>of("sku", "X3", "name", "X", "listPrice", "1", "currency", "XYZ1"),
            Map.<String, Object>of("sku", "X4", "listPrice", "1"))) {
      assertThat(api.post(base, manager, bad).status()).as(bad.toString()).isEqualTo(400);
    }
    assertThat(api.post(base, rep, Map.of("sku", "R1", "name", "R", "listPrice", "1")).status())
        .isEqualTo(403);

    String path = base + "/" + product.get("id").asText();
    Map<String, Object> change = new HashMap<>();
    change.put("name", "CRM seat (legacy)");
    change.put("listPrice", "990.00");
    change.put("currency", "EUR");
    change.put("active", false);
    change.put("version", product.get("version").asLong());
    PlatformApi.Answer deactivated = api.put(path, manager, json(change));
    assertThat(deactivated.status()).as(deactivated.raw().body()).isEqualTo(200);
    assertThat(deactivated.json().get("active").asBoolean()).isFalse();
    assertThat(api.put(path, manager, json(change)).status()).isEqualTo(409);
    change.put("version", deactivated.json().get("version").asLong());
    change.put("sku", "OTHER");
    assertThat(api.put(path, manager, json(change)).status()).isEqualTo(400);

    assertThat(api.get(path, rep).json().get("name").asText()).isEqualTo("CRM seat (legacy)");
    assertThat(skus(api.get(base + "?active=true", rep).json())).containsExactly("ADDON-1");
    assertThat(skus(api.get(base + "?sort=-sku", rep).json()))
        .containsExactly("CRM-SEAT", "ADDON-1");
    assertThat(skus(api.get(base + "?q=analytics", rep).json())).containsExactly("ADDON-1");
    assertThat(api.get(base + "?active=maybe", rep).status()).isEqualTo(400);
    assertThat(api.get(base + "?sort=unitCost", rep).status()).isEqualTo(400);
  }

  private static List<String> skus(JsonNode page) {
    List<String> skus = new ArrayList<>();
    page.get("items").forEach(p -> skus.add(p.get("sku").asText()));
    return skus;
  }

  private static String json(Map<String, Object> body) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
  }
}
