package io.salesplatform.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginGuardTest {

  private Instant now = Instant.parse("2026-03-02T09:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final PluginGuard guard =
      new PluginGuard(
          new PluginGuard.Limits(Duration.ofMillis(200), 2, 3, Duration.ofSeconds(30)), clock);

  @AfterEach
  void close() {
    guard.close();
  }

  @Test
  void aCallThatTakesTooLongIsAbandonedAndTheCallerToldSo() {
    long started = System.nanoTime();

    assertThatThrownBy(() -> guard.call("t1|p@1", () -> sleep(5_000), e -> true))
        .isInstanceOfSatisfying(
            PluginGuard.RefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(PluginGuard.Refusal.TIMEOUT));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aFullBulkheadRefusesAtOnceAndOnlyForItsOwnKey() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    PluginGuard slow =
        new PluginGuard(
            new PluginGuard.Limits(Duration.ofSeconds(10), 2, 3, Duration.ofSeconds(30)), clock);
    try {
      for (int i = 0; i < 2; i++) {
        callers.submit(
            () -> slow.call("t1|p@1", () -> release.await(10, TimeUnit.SECONDS), e -> true));
      }
      Thread.sleep(300);

      assertThatThrownBy(() -> slow.call("t1|p@1", () -> "third", e -> true))
          .isInstanceOfSatisfying(
              PluginGuard.RefusedException.class,
              e -> assertThat(e.refusal()).isEqualTo(PluginGuard.Refusal.BULKHEAD_FULL));
      assertThat(slow.call("t2|p@1", () -> "another company", e -> true))
          .isEqualTo("another company");
    } finally {
      release.countDown();
      callers.shutdown();
      slow.close();
    }
  }

  @Test
  void failuresInARowOpenTheCircuitUntilATrialSucceeds() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> guard.call("t1|p@1", this::fail, e -> true))
          .isInstanceOf(IllegalStateException.class);
    }

    assertThatThrownBy(() -> guard.call("t1|p@1", () -> "ok", e -> true))
        .isInstanceOfSatisfying(
            PluginGuard.RefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(PluginGuard.Refusal.CIRCUIT_OPEN));
    assertThat(guard.call("t2|p@1", () -> "ok", e -> true))
        .as("another company's circuit stays closed")
        .isEqualTo("ok");

    now = now.plusSeconds(31);
    assertThatThrownBy(() -> guard.call("t1|p@1", this::fail, e -> true))
        .as("a failed trial")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> guard.call("t1|p@1", () -> "ok", e -> true))
        .isInstanceOf(PluginGuard.RefusedException.class);

    now = now.plusSeconds(31);
    assertThat(guard.call("t1|p@1", () -> "ok", e -> true)).isEqualTo("ok");
    assertThat(guard.call("t1|p@1", () -> "again", e -> true)).isEqualTo("again");
  }

  @Test
  void failuresThatAreNotThePluginsDoNotOpenTheCircuit() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> guard.call("t1|p@1", this::fail, e -> false))
          .isInstanceOf(IllegalStateException.class);
    }

    assertThat(guard.call("t1|p@1", () -> "ok", e -> true)).isEqualTo("ok");
  }

  private String fail() {
    throw new IllegalStateException("broken");
  }

  private static String sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return "late";
  }
}
