package io.salesplatform.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

  private static Contract contract() {
    return new Contract(
        1,
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "rep",
        "[]",
        new BigDecimal("1000.00"),
        "EUR",
        "Net 30",
        null,
        NOW);
  }

  @Test
  void signingIsRefusedUntilLegalApproves() {
    Contract contract = contract();

    assertThat(contract.status()).isEqualTo(ContractStatus.IN_REVIEW);
    assertThat(contract.sign(TODAY, "Bill", NOW)).get().asString().contains("awaits legal review");
    assertThat(contract.review(Contract.Review.APPROVE, "legal", null, NOW)).isEmpty();
    assertThat(contract.sign(TODAY, "Bill", NOW)).isEmpty();
    assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
    assertThat(contract.signedOn()).isEqualTo(TODAY);
  }

  @Test
  void aRejectedOrChangesRequestedContractIsNotSigned() {
    Contract rejected = contract();
    rejected.review(Contract.Review.REJECT, "legal", "unlawful clause", NOW);
    Contract changes = contract();
    changes.review(Contract.Review.REQUEST_CHANGES, "legal", "add SLA", NOW);

    assertThat(rejected.sign(TODAY, "Bill", NOW)).get().asString().contains("rejected");
    assertThat(changes.sign(TODAY, "Bill", NOW)).get().asString().contains("requested changes");
  }

  @Test
  void anAmendmentAfterApprovalNeedsANewReviewBeforeSigning() {
    Contract contract = contract();
    contract.review(Contract.Review.APPROVE, "legal", null, NOW);

    assertThat(contract.amend("Net 60", null, NOW)).isEmpty();
    assertThat(contract.revision()).isEqualTo(2);
    assertThat(contract.sign(TODAY, "Bill", NOW)).get().asString().contains("amended");
    assertThat(contract.review(Contract.Review.APPROVE, "legal", null, NOW))
        .as("a draft is submitted before it is reviewed")
        .isPresent();
    assertThat(contract.submit(NOW)).isEmpty();
    assertThat(contract.review(Contract.Review.APPROVE, "legal", null, NOW)).isEmpty();
    assertThat(contract.sign(TODAY, "Bill", NOW)).isEmpty();
  }

  @Test
  void aCreditApprovalHoldsForTheRevisionItWasGivenFor() {
    Contract contract = contract();
    contract.approveCredit("manager", "known customer", NOW);

    assertThat(contract.creditApproved()).isTrue();
    contract.amend("Net 60", null, NOW);
    assertThat(contract.creditApproved()).isFalse();
  }

  @Test
  void aSignedContractIsNeitherAmendedNorSignedAgainAndCompletesOnce() {
    Contract contract = contract();
    contract.review(Contract.Review.APPROVE, "legal", null, NOW);
    contract.sign(TODAY, "Bill", NOW);

    assertThat(contract.amend("Net 60", null, NOW)).isPresent();
    assertThat(contract.sign(TODAY, "Bill", NOW)).get().asString().contains("already signed");
    assertThat(contract.complete(NOW)).isTrue();
    assertThat(contract.complete(NOW)).isFalse();
  }
}
