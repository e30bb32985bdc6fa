package io.salesplatform.plugin.api;

import org.pf4j.ExtensionPoint;

/** Asks customers how satisfied they are, and scores their answers (policy rules 4.5 and 6.2). */
public interface SurveyMechanism extends ExtensionPoint {

  /** The questions to send for one occasion, such as a delivered contract. */
  Questionnaire design(SurveyRequest request, PluginContext context);

  /** Scores one customer's answers to a questionnaire this mechanism designed. */
  SurveyScore score(SurveyAnswers answers, PluginContext context);
}
