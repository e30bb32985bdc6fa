package io.salesplatform.plugins.survey;

import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.testkit.Scenario;
import io.salesplatform.plugin.testkit.SurveyMechanismConformance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class CustomerSatisfactionSurveyConformanceTest extends SurveyMechanismConformance {

  @Override
  protected SurveyMechanism extension() {
    return new CustomerSatisfactionSurvey();
  }

  @Override
  protected List<Scenario<SurveyRequest>> scenarios() {
    return SurveyScenarios.all();
  }

  @Override
  protected List<Map<String, Object>> invalidConfigurations() {
    List<Map<String, Object>> invalid = new ArrayList<>(SurveyScenarios.INVALID_CSAT);
    invalid.add(Map.of("colour", "blue"));
    return invalid;
  }
}
