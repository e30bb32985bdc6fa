package io.salesplatform.platform.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.tenant.config.settings.ComplaintResponseHours;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketTest {

  private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

  private static Ticket ticket(int hours) {
    return new Ticket(
        new Ticket.Content(
            UUID.randomUUID(),
            null,
            "complaint",
            "delivery",
            "high",
            "Late delivery",
            "Two weeks late",
            "Peter",
            "peter@initech.example",
            null),
        "rep-1",
        hours,
        3,
        "rep-1",
        OPENED);
  }

  @Test
  void deadlinesComeFromTheResponseHoursOfTheSeverityAndAreKeptOnTheTicket() {
    ComplaintResponseHours hours = new ComplaintResponseHours(2, 10, 40, 100);
    int high = Tickets.responseHours(hours, "high");
    Ticket ticket = ticket(high);

    assertThat(high).isEqualTo(10);
    assertThat(Tickets.responseHours(hours, "critical")).isEqualTo(2);
    assertThat(Tickets.responseHours(hours, "low")).isEqualTo(100);
    assertThat(ticket.responseDue()).isEqualTo(OPENED.plus(Duration.ofHours(10)));
    assertThat(ticket.resolutionDue())
        .isEqualTo(OPENED.plus(Duration.ofHours(10L * Ticket.RESOLUTION_FACTOR)));
    assertThat(ticket.responseHours()).isEqualTo(10);
    assertThat(ticket.settingsRevision()).isEqualTo(3);
  }

  @Test
  void anUnansweredTicketIsOverdueAfterItsResponseDeadlineAndAnUnresolvedOneAfterItsResolution() {
    Ticket ticket = ticket(10);

    assertThat(ticket.missedDeadline(OPENED.plus(Duration.ofHours(9)))).isEmpty();
    assertThat(ticket.missedDeadline(OPENED.plus(Duration.ofHours(11)))).contains("response");
    assertThat(ticket.respond("On it", "rep-1", OPENED.plus(Duration.ofHours(11)))).isEmpty();
    assertThat(ticket.missedDeadline(OPENED.plus(Duration.ofHours(12)))).isEmpty();
    assertThat(ticket.missedDeadline(OPENED.plus(Duration.ofHours(41)))).contains("resolution");
    assertThat(ticket.resolve("Shipped", "rep-1", OPENED.plus(Duration.ofHours(42)))).isEmpty();
    assertThat(ticket.missedDeadline(OPENED.plus(Duration.ofDays(30)))).isEmpty();
  }

  @Test
  void theStatusMovesOpenInProgressResolvedClosedAndRefusesOtherSteps() {
    Ticket ticket = ticket(10);

    assertThat(ticket.close("rep-1", OPENED))
        .hasValueSatisfying(r -> assertThat(r).contains("resolved"));
    assertThat(ticket.reopen("again", "rep-1", OPENED)).isPresent();
    assertThat(ticket.respond("On it", "rep-1", OPENED)).isEmpty();
    assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(ticket.resolve("Shipped", "rep-2", OPENED)).isEmpty();
    assertThat(ticket.respond("More", "rep-1", OPENED)).isPresent();
    assertThat(ticket.resolve("Again", "rep-1", OPENED)).isPresent();
    assertThat(ticket.close("rep-1", OPENED)).isEmpty();
    assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(ticket.assign("rep-2", "boss", OPENED)).isPresent();
    assertThat(ticket.history())
        .extracting(e -> e.action)
        .containsExactly("opened", "responded", "resolved", "closed");
  }

  @Test
  void aResolutionWithoutAResponseCountsAsTheFirstResponse() {
    Ticket ticket = ticket(10);
    Instant at = OPENED.plus(Duration.ofHours(1));

    assertThat(ticket.resolve("Fixed at once", "rep-1", at)).isEmpty();

    assertThat(ticket.firstResponseAt()).isEqualTo(at);
    assertThat(ticket.firstResponseBy()).isEqualTo("rep-1");
  }

  @Test
  void aClosedTicketReopensWithinThirtyDaysOnlyAndIsDueToBeResolvedAnew() {
    Ticket late = ticket(10);
    late.resolve("Fixed", "rep-1", OPENED);
    late.close("rep-1", OPENED);
    assertThat(late.reopen("Broken again", "rep-1", OPENED.plus(Duration.ofDays(31))))
        .hasValueSatisfying(r -> assertThat(r).contains("30 days"));

    Ticket ticket = ticket(10);
    ticket.resolve("Fixed", "rep-1", OPENED);
    ticket.close("rep-1", OPENED);
    Instant reopened = OPENED.plus(Duration.ofDays(29));
    assertThat(ticket.reopen("Broken again", "rep-1", reopened)).isEmpty();

    assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(ticket.resolution()).isNull();
    assertThat(ticket.closedAt()).isNull();
    assertThat(ticket.resolutionDue())
        .isEqualTo(reopened.plus(Duration.ofHours(10L * Ticket.RESOLUTION_FACTOR)));
  }
}
