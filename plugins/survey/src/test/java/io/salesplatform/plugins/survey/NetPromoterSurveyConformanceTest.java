package io.salesplatform.plugins.survey;

import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.testkit.Scenario;
import io.salesplatform.plugin.testkit.SurveyMechanismConformance;
import java.util.List;
import java.util.Map;

class NetPromoterSurveyConformanceTest extends SurveyMechanismConformance {

  @Override
  protected SurveyMechanism extension() {
    return new NetPromoterSurvey();
  }

  @Override
  protected List<Scenario<SurveyRequest>> scenarios() {
    return SurveyScenarios.all();
  }

  @Override
  protected List<Map<String, Object>> invalidConfigurations() {
    return SurveyScenarios.INVALID_FOR_BOTH;
  }
}
