package com.example.promotion;

import io.salesplatform.plugin.api.PluginExtension;
import io.salesplatform.plugin.api.PricingStrategy;
import io.salesplatform.plugin.testkit.PluginJarConformance;
import java.util.Map;
import java.util.Set;

class PluginJarIT extends PluginJarConformance {

  @Override
  protected Map<Class<? extends PluginExtension>, Set<String>> expectedExtensions() {
    return Map.of(PricingStrategy.class, Set.of("flat-promotion"));
  }
}
