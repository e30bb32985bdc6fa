package io.salesplatform.platform.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuoteTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

  private static Quote quote(boolean needsApproval) {
    Quote quote =
        new Quote(
            UUID.randomUUID(), UUID.randomUUID(), "rep", "EUR", NOW, NOW.plusSeconds(3600), NOW);
    assertThat(quote.revise(BigDecimal.TEN, needsApproval, NOW)).isEmpty();
    return quote;
  }

  private static String refusal(java.util.Optional<Quote.Refusal> refusal) {
    return refusal.map(Quote.Refusal::type).orElse(null);
  }

  @Test
  void aQuoteNeedingApprovalIsNotSentBeforeAManagerApprovesIt() {
    Quote quote = quote(true);

    assertThat(quote.status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
    assertThat(refusal(quote.send(TODAY, 30, NOW))).isEqualTo("approval-required");
    assertThat(quote.decide(true, "manager", "fine", NOW)).isEmpty();
    assertThat(quote.send(TODAY, 30, NOW)).isEmpty();
    assertThat(quote.status()).isEqualTo(QuoteStatus.SENT);
    assertThat(quote.validUntil()).isEqualTo(TODAY.plusDays(30));
  }

  @Test
  void nobodyApprovesTheirOwnQuote() {
    Quote quote = quote(true);

    assertThat(refusal(quote.decide(true, "rep", null, NOW))).isEqualTo("own-quote-approval");
    assertThat(quote.status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
  }

  @Test
  void aRejectedQuoteIsRevisedAndTheNewVersionNeedsApprovalAgain() {
    Quote quote = quote(true);
    quote.decide(false, "manager", "too cheap", NOW);

    assertThat(refusal(quote.send(TODAY, 30, NOW))).isEqualTo("approval-required");
    assertThat(quote.revise(BigDecimal.ONE, true, NOW)).isEmpty();
    assertThat(quote.currentVersion()).isEqualTo(2);
    assertThat(quote.status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
    assertThat(quote.decidedBy()).isNull();
  }

  @Test
  void onlyADraftARejectedOrARefusedQuoteIsRevised() {
    Quote approved = quote(true);
    approved.decide(true, "manager", null, NOW);
    Quote sent = quote(false);
    sent.send(TODAY, 30, NOW);

    assertThat(refusal(approved.revise(BigDecimal.ONE, false, NOW)))
        .isEqualTo("quote-not-revisable");
    assertThat(refusal(sent.revise(BigDecimal.ONE, false, NOW))).isEqualTo("quote-not-revisable");
    sent.answer(false, "too dear", TODAY, NOW);
    assertThat(sent.revise(BigDecimal.ONE, false, NOW)).isEmpty();
    assertThat(sent.status()).isEqualTo(QuoteStatus.DRAFT);
  }

  @Test
  void anExpiredQuoteIsNotAcceptedButMayBeRefused() {
    Quote quote = quote(false);
    quote.send(TODAY, 30, NOW);

    assertThat(quote.expiredOn(TODAY.plusDays(30))).isFalse();
    assertThat(refusal(quote.answer(true, null, TODAY.plusDays(31), NOW)))
        .isEqualTo("quote-expired");
    assertThat(quote.answer(true, null, TODAY.plusDays(30), NOW)).isEmpty();
    assertThat(quote.status()).isEqualTo(QuoteStatus.ACCEPTED);
    assertThat(refusal(quote.answer(false, "no", TODAY, NOW))).isEqualTo("quote-not-sent");
  }

  @Test
  void theResponseIsOverdueOnlyUntilTheQuoteIsSent() {
    Quote quote = quote(false);

    assertThat(quote.responseOverdue(NOW.plusSeconds(3599))).isFalse();
    assertThat(quote.responseOverdue(NOW.plusSeconds(3601))).isTrue();
    quote.send(TODAY, 30, NOW.plusSeconds(4000));
    assertThat(quote.responseOverdue(NOW.plusSeconds(5000))).isFalse();
  }
}
