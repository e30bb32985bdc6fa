package io.salesplatform.tenant.config.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTreeTest {

  @Test
  void keysFollowTheModelsDeclarationOrder() {
    Map<String, Object> tree = Trees.defaults();

    assertThat(tree.keySet())
        .containsExactly(
            "appraisal",
            "stageDeadlines",
            "followUpVisits",
            "quotes",
            "complaints",
            "goalRealism",
            "rewardBands",
            "plugins",
            "locale",
            "currency",
            "timeZone",
            "marketAnalysis");
    assertThat(Trees.object(tree.get("stageDeadlines")).keySet())
        .containsExactly(
            "customerDevelopment",
            "needsAnalysis",
            "proposalAndQuote",
            "contractSigning",
            "implementationAndTracking",
            "afterSales");
    assertThat(Trees.object(tree.get("plugins")).keySet())
        .containsExactly("pricing", "credit-check", "survey");
  }

  @Test
  void theTreeOfTheDefaultsIsPlainJson() {
    Map<String, Object> tree = Trees.defaults();

    assertThat(tree.get("currency")).isEqualTo("USD");
    assertThat(tree.get("timeZone")).isEqualTo("UTC");
    assertThat(tree.get("locale")).isEqualTo("en");
    Map<?, ?> firstBand = (Map<?, ?>) ((List<?>) tree.get("rewardBands")).get(0);
    assertThat(firstBand.get("outcome")).isEqualTo(Map.of("kind", "bonus", "bonusPercent", 15));
    Map<?, ?> lastBand = (Map<?, ?>) ((List<?>) tree.get("rewardBands")).get(4);
    assertThat(Trees.object(lastBand.get("outcome")))
        .as("an absent bonus percent is left out, not null")
        .containsOnlyKeys("kind");
    assertThat(((Map<?, ?>) tree.get("plugins")).get("pricing"))
        .isEqualTo(
            Map.of(
                "pluginId",
                "tiered-pricing",
                "version",
                "0.1.0-SNAPSHOT",
                "extension",
                "tiered-discounts",
                "config",
                Map.of()));
  }

  @Test
  void numbersAreIntegersWhenWholeAndBigDecimalsOtherwise() {
    Map<String, Object> tree = Trees.defaultsWith("quotes.discountApproval.sales-rep", 7.5d);
    Trees.with(tree, "quotes.discountApproval.sales-manager", new BigDecimal("20.000"));
    Trees.with(tree, "plugins.pricing.config", Map.of("limit", BigInteger.TEN.pow(12), "f", 2.5f));

    Map<String, Object> written = SettingsTree.toTree(SettingsReader.read(tree).orElseThrow());

    Map<?, ?> discounts = (Map<?, ?>) ((Map<?, ?>) written.get("quotes")).get("discountApproval");
    assertThat(discounts.get("sales-rep")).isEqualTo(new BigDecimal("7.5"));
    assertThat(discounts.get("sales-manager")).isEqualTo(20);
    Map<?, ?> config =
        (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) written.get("plugins")).get("pricing")).get("config");
    assertThat(config.get("limit")).isEqualTo(1_000_000_000_000L);
    assertThat(config.get("f")).isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void settingsSurviveTheRoundTripThroughTheirTree() {
    Map<String, Object> tree = Trees.defaultsWith("locale", "zh-CN");
    Trees.with(tree, "currency", "CNY");
    Trees.with(tree, "rewardBands[1].outcome.bonusPercent", new BigDecimal("7.25"));
    Trees.with(tree, "plugins.credit-check.config", Map.of("creditLimit", 2_000_000));
    TenantSettings settings = SettingsReader.read(tree).orElseThrow();

    TenantSettings again = SettingsReader.read(SettingsTree.toTree(settings)).orElseThrow();

    assertThat(again).isEqualTo(settings);
    assertThat(SettingsTree.toTree(again)).isEqualTo(SettingsTree.toTree(settings));
  }

  @Test
  void eachTreeIsAFreshCopyTheCallerMayChange() {
    Map<String, Object> tree = Trees.defaults();
    Trees.with(tree, "appraisal.weights.salesRevenue", 99);

    assertThat(Trees.defaults()).isNotEqualTo(tree);
  }

  @Test
  void mergingFollowsJsonMergePatch() {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("a", Map.of("x", 1, "y", 2));
    base.put("list", List.of(1, 2, 3));
    base.put("gone", "soon");
    Map<String, Object> patch = new HashMap<>();
    patch.put("a", Map.of("y", 20, "z", 30));
    patch.put("list", List.of(9));
    patch.put("gone", null);

    Object merged = SettingsTree.merge(base, patch);

    assertThat(merged).isEqualTo(Map.of("a", Map.of("x", 1, "y", 20, "z", 30), "list", List.of(9)));
    assertThat(base).containsKey("gone");
  }

  @Test
  void normalizingGivesCanonicalNumbersInMutableContainers() {
    Object normalized =
        SettingsTree.normalize(Map.of("n", List.of(1.0d, 2L, new BigDecimal("0.50"))));

    assertThat(normalized).isEqualTo(Map.of("n", List.of(1, 2, new BigDecimal("0.5"))));
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) ((Map<String, Object>) normalized).get("n");
    list.add(new ArrayList<>());
    assertThat(list).hasSize(4);
  }
}
