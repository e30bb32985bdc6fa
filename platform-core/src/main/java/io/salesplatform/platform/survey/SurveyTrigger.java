package io.salesplatform.platform.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a survey was issued for; its id is also the occasion the survey plugin designs for. */
public enum SurveyTrigger {
  MANUAL("manual"),
  CONTRACT_COMPLETION("contract-completion"),
  TICKET_CLOSURE("ticket-closure");

  private final String id;

  SurveyTrigger(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<SurveyTrigger> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(SurveyTrigger::id).toList();
  }
}
