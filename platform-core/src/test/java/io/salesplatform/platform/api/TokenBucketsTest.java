package io.salesplatform.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private final AtomicLong now = new AtomicLong();

  @Test
  void allowsTheBurstThenTheRate() {
    TokenBuckets buckets = new TokenBuckets(0.5, 3, now::get);
    assertTrue(buckets.tryTake("a"));
    assertTrue(buckets.tryTake("a"));
    assertTrue(buckets.tryTake("a"));
    assertFalse(buckets.tryTake("a"));
    assertEquals(2, buckets.secondsUntilNext("a"));
    // another key has its own bucket
    assertTrue(buckets.tryTake("b"));

    now.addAndGet(1_000_000_000L);
    assertFalse(buckets.tryTake("a"), "half a token after one second at 0.5 a second");
    now.addAndGet(1_000_000_000L);
    assertTrue(buckets.tryTake("a"));
    assertFalse(buckets.tryTake("a"));
  }

  @Test
  void neverHoldsMoreThanTheBurst() {
    TokenBuckets buckets = new TokenBuckets(10, 2, now::get);
    buckets.tryTake("a");
    now.addAndGet(3_600_000_000_000L);
    assertTrue(buckets.tryTake("a"));
    assertTrue(buckets.tryTake("a"));
    assertFalse(buckets.tryTake("a"));
  }

  @Test
  void dropsBucketsThatFilledUpAgain() {
    TokenBuckets buckets = new TokenBuckets(1, 5, now::get);
    for (int i = 0; i < 100; i++) {
      buckets.tryTake("link-" + i);
    }
    buckets.tryTake("busy");
    buckets.tryTake("busy");
    assertEquals(101, buckets.size());

    now.addAndGet(1_500_000_000L);
    buckets.sweep();
    // one second refilled the single takes; "busy" still misses a token
    assertEquals(1, buckets.size());
    assertEquals(0, buckets.secondsUntilNext("link-1"));
  }

  @Test
  void refusesANonsenseRate() {
    assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 1, now::get));
    assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1, 0, now::get));
  }
}
