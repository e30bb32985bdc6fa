package io.salesplatform.platform.pipeline;

import static io.salesplatform.platform.pipeline.PipelineStage.AFTER_SALES;
import static io.salesplatform.platform.pipeline.PipelineStage.CONTRACT_SIGNING;
import static io.salesplatform.platform.pipeline.PipelineStage.CUSTOMER_DEVELOPMENT;
import static io.salesplatform.platform.pipeline.PipelineStage.NEEDS_ANALYSIS;
import static io.salesplatform.platform.pipeline.PipelineStage.PROPOSAL_AND_QUOTE;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.platform.api.Money;
import io.salesplatform.tenant.config.settings.StageDeadlines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StageMoveTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  @Test
  void everyStageMayMoveToTheNextOne() {
    PipelineStage[] stages = PipelineStage.values();
    for (int i = 0; i + 1 < stages.length; i++) {
      assertThat(StageMove.refusal(stages[i], stages[i + 1], false)).isEmpty();
    }
  }

  @Test
  void skippingOrGoingBackNeedsTheOverridePermission() {
    assertThat(StageMove.refusal(CUSTOMER_DEVELOPMENT, PROPOSAL_AND_QUOTE, false))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("next stage is needs-analysis", "opportunities.override-stage"));
    assertThat(StageMove.refusal(PROPOSAL_AND_QUOTE, NEEDS_ANALYSIS, false))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Going back"));
    assertThat(StageMove.refusal(CUSTOMER_DEVELOPMENT, AFTER_SALES, true)).isEmpty();
    assertThat(StageMove.refusal(AFTER_SALES, CUSTOMER_DEVELOPMENT, true)).isEmpty();
  }

  @Test
  void stayingInTheSameStageIsNoMoveEvenWithTheOverride() {
    assertThat(StageMove.refusal(NEEDS_ANALYSIS, NEEDS_ANALYSIS, true)).isPresent();
  }

  @Test
  void eachStageTakesItsOwnDeadline() {
    StageDeadlines deadlines = new StageDeadlines(1, 2, 3, 4, 5, 6);
    assertThat(PipelineStage.values())
        .extracting(s -> s.deadlineDays(deadlines))
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void anOpportunityIsWonOnlyOnceItsContractIsSignedAndMovesNoMoreWhenClosed() {
    Opportunity opportunity = opportunity();
    assertThat(opportunity.close(Opportunity.Status.WON, "Signed", NOW)).isPresent();
    assertThat(opportunity.status()).isEqualTo(Opportunity.Status.OPEN);

    assertThat(opportunity.moveTo(CONTRACT_SIGNING, "rep", DUE, true, NOW)).isEmpty();
    assertThat(opportunity.stageSeq()).isEqualTo(2);
    assertThat(opportunity.close(Opportunity.Status.WON, "Signed", NOW)).isEmpty();
    assertThat(opportunity.status()).isEqualTo(Opportunity.Status.WON);
    assertThat(opportunity.moveTo(AFTER_SALES, "rep", DUE, true, NOW))
        .hasValueSatisfying(reason -> assertThat(reason).contains("closed"));
    assertThat(opportunity.close(Opportunity.Status.LOST, "Again", NOW)).isPresent();
  }

  @Test
  void anOpportunityMayBeLostFromAnyStage() {
    Opportunity opportunity = opportunity();
    assertThat(opportunity.close(Opportunity.Status.LOST, "Budget cut", NOW)).isEmpty();
    assertThat(opportunity.closeReason()).isEqualTo("Budget cut");
  }

  @Test
  void aRefusedMoveChangesNothing() {
    Opportunity opportunity = opportunity();
    assertThat(opportunity.moveTo(PROPOSAL_AND_QUOTE, "other", DUE, false, NOW)).isPresent();
    assertThat(opportunity.stage()).isEqualTo(CUSTOMER_DEVELOPMENT);
    assertThat(opportunity.stageOwnerId()).isEqualTo("rep");
    assertThat(opportunity.stageSeq()).isEqualTo(1);
  }

  private static Opportunity opportunity() {
    return new Opportunity(
        UUID.randomUUID(),
        "CRM replacement",
        new Money(new BigDecimal("12500.00"), "EUR"),
        "rep",
        DUE,
        NOW);
  }
}
