package io.salesplatform.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.Problems;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SurveyNotIssuedTest {

  private static final UUID CUSTOMER = UUID.randomUUID();

  @Test
  void aBadFieldIsNamedWithItsMessageRatherThanTheGenericDetail() {
    SurveyNotIssued event =
        SurveyNotIssued.of(
            SurveyTrigger.TICKET_CLOSURE,
            CUSTOMER,
            Problems.badRequest(
                "contact", "required: the customer's file has no contact with an e-mail address"));

    assertThat(event.trigger()).isEqualTo("ticket-closure");
    assertThat(event.customerId()).isEqualTo(CUSTOMER);
    assertThat(event.reason())
        .isEqualTo("contact: required: the customer's file has no contact with an e-mail address");
    assertThat(event.problem()).isEqualTo("invalid-request");
  }

  @Test
  void severalBadFieldsAreAllNamed() {
    SurveyNotIssued event =
        SurveyNotIssued.of(
            SurveyTrigger.CONTRACT_COMPLETION,
            CUSTOMER,
            Problems.badRequest(
                "The survey's contact is invalid.",
                List.of(
                    new Problem.FieldError("contact.name", "required"),
                    new Problem.FieldError("contact.email", "an e-mail address"))));

    assertThat(event.reason())
        .isEqualTo("contact.name: required; contact.email: an e-mail address");
  }

  @Test
  void aRefusalWithoutFieldsGivesItsDetail() {
    SurveyNotIssued noPlugin =
        SurveyNotIssued.of(
            SurveyTrigger.TICKET_CLOSURE,
            CUSTOMER,
            Problems.unprocessable(
                "no-survey-plugin", "No survey plugin", "The company has chosen no survey plugin"));
    SurveyNotIssued failed =
        SurveyNotIssued.of(
            SurveyTrigger.CONTRACT_COMPLETION,
            CUSTOMER,
            Problems.pluginFailed("The survey plugin threw IllegalStateException: no template"));

    assertThat(noPlugin.reason()).isEqualTo("The company has chosen no survey plugin");
    assertThat(noPlugin.problem()).isEqualTo("no-survey-plugin");
    assertThat(failed.reason()).contains("IllegalStateException: no template");
    assertThat(failed.problem()).isEqualTo("plugin-failed");
  }

  @Test
  void aRefusalWithNeitherFieldsNorDetailGivesItsTitle() {
    SurveyNotIssued event =
        SurveyNotIssued.of(
            SurveyTrigger.TICKET_CLOSURE,
            CUSTOMER,
            Problems.unavailable("links-unsigned", "Survey links cannot be signed", null));

    assertThat(event.reason()).isEqualTo("Survey links cannot be signed");
  }
}
