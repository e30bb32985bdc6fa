package io.salesplatform.plugins.survey;

import io.salesplatform.plugin.api.PluginExtension;
import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.testkit.PluginJarConformance;
import java.util.Map;
import java.util.Set;

/** The built jar, as the platform takes it. */
class PluginJarIT extends PluginJarConformance {

  @Override
  protected Map<Class<? extends PluginExtension>, Set<String>> expectedExtensions() {
    return Map.of(
        SurveyMechanism.class, Set.of(NetPromoterSurvey.NAME, CustomerSatisfactionSurvey.NAME));
  }
}
