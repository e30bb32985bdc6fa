package io.salesplatform.plugins.survey;

import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.testkit.Scenario;
import java.util.List;
import java.util.Map;

/** The occasions and configurations both survey mechanisms are checked against. */
final class SurveyScenarios {

  private SurveyScenarios() {}

  static final Map<String, Object> CONFIGURED =
      Map.of(
          "nps",
          Map.of(
              "question",
              Map.of("en", "Would you recommend Northwind?", "zh", "您会推荐 Northwind 吗？")),
          "csat",
          Map.of(
              "scale",
              Map.of("min", 0, "max", 10),
              "questions",
              List.of(
                  Map.of("id", "delivery", "text", Map.of("en", "On time?"), "weight", 3),
                  Map.of("id", "support", "text", Map.of("en", "Support?"), "required", false)),
              "satisfiedFromScore",
              80,
              "dissatisfiedBelowScore",
              40));

  static List<Scenario<SurveyRequest>> all() {
    return List.of(
        Scenario.of(
            "in English, standard", Map.of(), new SurveyRequest("contract-completed", "c-1", "en")),
        Scenario.of(
            "in Chinese, standard",
            Map.of(),
            new SurveyRequest("complaint-closed", "c-2", "zh-CN")),
        Scenario.of(
            "the tenant's own wording",
            CONFIGURED,
            new SurveyRequest("contract-completed", "c-3", "de")),
        Scenario.of(
            "without comments",
            Map.of("nps", Map.of("commentEnabled", false), "csat", Map.of("commentEnabled", false)),
            new SurveyRequest("visit", "c-4", null)));
  }

  /** Configurations no mechanism of the plugin may take. */
  static final List<Map<String, Object>> INVALID_FOR_BOTH =
      List.of(Map.of("colour", "blue"), Map.of("nps", Map.of("question", Map.of())));

  /** Configurations whose csat section cannot work. */
  static final List<Map<String, Object>> INVALID_CSAT =
      List.of(
          Map.of("csat", Map.of("scale", Map.of("min", 5, "max", 5))),
          Map.of("csat", Map.of("satisfiedFromScore", 40, "dissatisfiedBelowScore", 60)),
          Map.of(
              "csat",
              Map.of(
                  "questions",
                  List.of(
                      Map.of("id", "a", "text", Map.of("en", "A?")),
                      Map.of("id", "a", "text", Map.of("en", "B?"))))));
}
