package io.salesplatform.plugins.pricing;

import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PricingStrategy;
import io.salesplatform.plugin.testkit.PricingStrategyConformance;
import io.salesplatform.plugin.testkit.Scenario;
import java.util.List;
import java.util.Map;

class TieredDiscountsConformanceTest extends PricingStrategyConformance {

  @Override
  protected PricingStrategy extension() {
    return new TieredDiscounts();
  }

  @Override
  protected List<Scenario<PriceRequest>> scenarios() {
    return PricingScenarios.all();
  }

  @Override
  protected List<Map<String, Object>> invalidConfigurations() {
    return PricingScenarios.invalidConfigurations();
  }
}
