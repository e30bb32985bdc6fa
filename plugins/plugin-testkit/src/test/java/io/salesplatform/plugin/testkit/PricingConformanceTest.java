package io.salesplatform.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PricingStrategy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The conformance tests find the defects they are for, and pass a conforming extension: each sample
 * extension is run through the pricing conformance tests and the failures are compared with the
 * defect it has.
 */
class PricingConformanceTest {

  @Test
  void aConformingExtensionPassesEveryTest() {
    ConformanceRun run = ConformanceRun.of(ListPriceConformance.class);

    assertThat(run.failures()).isEmpty();
    assertThat(run.succeeded()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void aNondeterministicExtensionFailsDeterminism() {
    assertThat(ConformanceRun.of(RandomConformance.class).failedTests())
        .contains("resultsAreDeterministic")
        .doesNotContain("theExtensionHasAStableValidName");
  }

  @Test
  void anExtensionWithSharedStateFailsTheConcurrencyTest() {
    assertThat(ConformanceRun.of(SharedStateConformance.class).failedTests())
        .containsExactly("oneInstanceServesConcurrentCallsAsItServesThemOneAtATime");
  }

  @Test
  void aSlowExtensionFailsTheLatencyBudget() {
    assertThat(ConformanceRun.of(SlowConformance.class).failedTests())
        .containsOnly("callsStayWithinTheLatencyBudget");
  }

  @Test
  void aBadNameAndAMissingAnnotationAreFound() {
    assertThat(ConformanceRun.of(BadNameConformance.class).failedTests())
        .containsExactly("theExtensionHasAStableValidName");
    assertThat(ConformanceRun.of(NotAnnotatedConformance.class).failedTests())
        .containsExactly("theExtensionIsOnePf4jCanFindAndCreate");
  }

  @Test
  void linesOutOfOrderBreakThePricingPromises() {
    assertThat(ConformanceRun.of(ReorderingConformance.class).failures())
        .anySatisfy(
            failure -> {
              assertThat(failure.test())
                  .isEqualTo("resultsAreCompleteAndKeepTheExtensionPointsPromises");
              assertThat(failure.message()).contains("line 1: product");
            });
  }

  @Test
  void aConfigurationNeitherTheSchemaNorTheCheckRefusesIsFound() {
    assertThat(ConformanceRun.of(LenientConformance.class).failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.test())
                  .isEqualTo("everyInvalidConfigurationIsRefusedBeforeItIsSaved");
              assertThat(failure.message()).contains("neither the schema nor checkConfiguration");
            });
  }

  @Test
  void aSampleConfigurationOutsideTheSchemaOrFailingTheCheckFails() {
    ConformanceRun run = ConformanceRun.of(OutsideSchemaConformance.class);

    assertThat(run.failures())
        .extracting(ConformanceRun.Failure::test)
        .containsOnly("everySampleConfigurationFitsTheSchemaAndPassesTheCheck")
        .hasSize(2);
    assertThat(run.failures())
        .anySatisfy(failure -> assertThat(failure.message()).contains("schema violations"))
        .anySatisfy(
            failure -> assertThat(failure.message()).contains("markupPercent: at most 500"));
  }

  @Test
  void aBadRequestThatIsServedFails() {
    assertThat(ConformanceRun.of(ServedBadRequestConformance.class).failedTests())
        .containsExactly("badRequestsAreRefusedWithAClearProblem");
  }

  static PriceRequest quote(String customer, String currency, PriceLine... lines) {
    return new PriceRequest(
        customer,
        "enterprise",
        Set.of("sales-rep"),
        LocalDate.of(2025, 3, 1),
        currency,
        List.of(lines));
  }

  static PriceLine line(String sku, String quantity, String price, String currency) {
    return new PriceLine(
        "p-" + sku,
        sku,
        new BigDecimal(quantity),
        Money.of(price, currency),
        null,
        BigDecimal.ZERO);
  }

  abstract static class SampleConformance extends PricingStrategyConformance {

    private final Supplier<PricingStrategy> extension;

    SampleConformance(Supplier<PricingStrategy> extension) {
      this.extension = extension;
    }

    @Override
    protected PricingStrategy extension() {
      return extension.get();
    }

    @Override
    protected List<Scenario<PriceRequest>> scenarios() {
      return List.of(
          Scenario.of(
              "two lines at list price",
              Map.of(),
              quote("c-1", "EUR", line("A", "3", "19.99", "EUR"), line("B", "1", "5", "EUR"))),
          Scenario.of(
              "ten percent markup in yen",
              Map.of("markupPercent", 10),
              quote("c-2", "JPY", line("J", "2", "999", "JPY"))));
    }

    @Override
    protected List<Map<String, Object>> invalidConfigurations() {
      return List.of(
          Map.of("markupPercent", -1), Map.of("colour", "blue"), Map.of("markupPercent", 900));
    }

    @Override
    protected List<Scenario<PriceRequest>> badRequests() {
      return List.of(
          Scenario.of(
              "a blocked customer", Map.of(), quote("blocked", "EUR", line("A", "1", "1", "EUR"))));
    }
  }

  static class ListPriceConformance extends SampleConformance {
    ListPriceConformance() {
      super(SamplePricing.ListPrice::new);
    }
  }

  static class RandomConformance extends SampleConformance {
    RandomConformance() {
      super(SamplePricing.Random1::new);
    }
  }

  static class SharedStateConformance extends SampleConformance {
    SharedStateConformance() {
      super(SamplePricing.SharedState::new);
    }
  }

  static class SlowConformance extends SampleConformance {
    SlowConformance() {
      super(SamplePricing.Slow::new);
    }

    @Override
    protected Duration latencyBudget() {
      return Duration.ofMillis(5);
    }
  }

  static class BadNameConformance extends SampleConformance {
    BadNameConformance() {
      super(SamplePricing.BadName::new);
    }
  }

  static class NotAnnotatedConformance extends SampleConformance {
    NotAnnotatedConformance() {
      super(SamplePricing.NotAnnotated::new);
    }
  }

  static class ReorderingConformance extends SampleConformance {
    ReorderingConformance() {
      super(SamplePricing.Reordering::new);
    }
  }

  static class LenientConformance extends SampleConformance {
    LenientConformance() {
      super(SamplePricing.ListPrice::new);
    }

    @Override
    protected List<Map<String, Object>> invalidConfigurations() {
      return List.of(Map.of("markupPercent", 100));
    }
  }

  static class OutsideSchemaConformance extends SampleConformance {
    OutsideSchemaConformance() {
      super(SamplePricing.ListPrice::new);
    }

    @Override
    protected List<Scenario<PriceRequest>> scenarios() {
      return List.of(
          Scenario.of(
              "a setting the schema does not know",
              Map.of("discountPercent", 5),
              quote("c-1", "EUR", line("A", "1", "1", "EUR"))),
          Scenario.of(
              "a markup the check refuses",
              Map.of("markupPercent", 900),
              quote("c-1", "EUR", line("A", "1", "1", "EUR"))));
    }
  }

  static class ServedBadRequestConformance extends SampleConformance {
    ServedBadRequestConformance() {
      super(SamplePricing.ListPrice::new);
    }

    @Override
    protected List<Scenario<PriceRequest>> badRequests() {
      return List.of(
          Scenario.of(
              "an ordinary quote", Map.of(), quote("c-1", "EUR", line("A", "1", "1", "EUR"))));
    }
  }
}
