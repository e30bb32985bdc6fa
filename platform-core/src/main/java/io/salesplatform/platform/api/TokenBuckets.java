package io.salesplatform.platform.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per key: {@code perSecond} takes a second on average, at most {@code burst} at
 * once after a quiet spell. Keys may be many and short-lived (one per survey link, say): a bucket
 * that has filled up again is no different from a new one, so such buckets are dropped now and then
 * and the map holds only the keys that were busy lately.
 */
public final class TokenBuckets {

  private static final int SWEEP_EVERY = 4096;

  private final double perSecond;
  private final int burst;
  private final LongSupplier nanos;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong takes = new AtomicLong();

  /**
   * @param perSecond the average rate, above 0
   * @param burst the most taken at once, at least 1
   * @param nanos the clock, {@code System::nanoTime} outside tests
   */
  public TokenBuckets(double perSecond, int burst, LongSupplier nanos) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("a rate above 0 and a burst of at least 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanos = nanos;
  }

  /** Whether {@code key} may take one more now; takes it when it may. */
  public boolean tryTake(String key) {
    if (takes.incrementAndGet() % SWEEP_EVERY == 0) {
      sweep();
    }
    // taken inside the map's lock for the key, so a sweep never drops a bucket being taken from
    boolean[] taken = new boolean[1];
    buckets.compute(
        key,
        (k, bucket) -> {
          Bucket held = bucket == null ? new Bucket(nanos.getAsLong()) : bucket;
          taken[0] = held.tryTake();
          return held;
        });
    return taken[0];
  }

  /** Seconds until {@code key} may take again; 0 when it may now. */
  public long secondsUntilNext(String key) {
    Bucket bucket = buckets.get(key);
    return bucket == null ? 0 : bucket.secondsUntilNext();
  }

  /** How many keys are held now. */
  int size() {
    return buckets.size();
  }

  /** Drops the buckets that are full again. */
  void sweep() {
    for (String key : buckets.keySet()) {
      buckets.computeIfPresent(key, (k, bucket) -> bucket.full() ? null : bucket);
    }
  }

  private final class Bucket {
    private double tokens = burst;
    private long refilledAt;

    Bucket(long now) {
      refilledAt = now;
    }

    synchronized boolean tryTake() {
      refill();
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized long secondsUntilNext() {
      refill();
      return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perSecond);
    }

    synchronized boolean full() {
      refill();
      return tokens >= burst;
    }

    private void refill() {
      long now = nanos.getAsLong();
      tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
      refilledAt = now;
    }
  }
}
