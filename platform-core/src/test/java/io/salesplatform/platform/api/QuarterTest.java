package io.salesplatform.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesplatform.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

  @Test
  void readsAndWritesTheUsualForm() {
    Quarter quarter = Quarter.parse(" 2026-Q4 ", "quarter");
    assertEquals(new Quarter(2026, 4), quarter);
    assertEquals("2026-Q4", quarter.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026Q4", "2026-Q5", "2026-Q0", "26-Q1", "1999-Q4", "2026-q4"})
  void refusesAnythingElseNamingTheField(String text) {
    ProblemException e = assertThrows(ProblemException.class, () -> Quarter.parse(text, "q"));
    assertEquals(400, e.problem().status());
    assertTrue(e.problem().toString().contains("q"));
  }

  @Test
  void daysFallInTheirQuarter() {
    assertEquals(new Quarter(2026, 1), Quarter.of(LocalDate.of(2026, 3, 31)));
    assertEquals(new Quarter(2026, 2), Quarter.of(LocalDate.of(2026, 4, 1)));
    assertEquals(new Quarter(2026, 4), Quarter.of(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void beginsAndEndsAtMidnightInTheCompanysZone() {
    Quarter quarter = new Quarter(2026, 4);
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    assertEquals(Instant.parse("2026-09-30T16:00:00Z"), quarter.start(shanghai));
    assertEquals(Instant.parse("2026-12-31T16:00:00Z"), quarter.end(shanghai));
    assertEquals(quarter, Quarter.of(Instant.parse("2026-09-30T16:00:00Z"), shanghai));
    assertEquals(new Quarter(2026, 3), Quarter.of(Instant.parse("2026-09-30T15:59:59Z"), shanghai));
  }

  @Test
  void stepsBackAcrossYears() {
    assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).minus(1));
    assertEquals(new Quarter(2025, 1), new Quarter(2026, 1).minus(4));
    assertEquals(new Quarter(2024, 3), new Quarter(2026, 1).minus(6));
    assertTrue(new Quarter(2025, 4).compareTo(new Quarter(2026, 1)) < 0);
  }
}
