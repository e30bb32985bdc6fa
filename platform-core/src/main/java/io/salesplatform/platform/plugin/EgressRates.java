package io.salesplatform.platform.plugin;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per company and plugin: {@code perSecond} requests a second, at most {@code
 * perSecond} at once after a quiet spell.
 */
final class EgressRates {

  private final int perSecond;
  private final LongSupplier nanos;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  EgressRates(int perSecond, LongSupplier nanos) {
    this.perSecond = perSecond;
    this.nanos = nanos;
  }

  /** Whether {@code key} may start one more request now; takes it when it may. */
  boolean tryTake(String key) {
    return buckets.computeIfAbsent(key, k -> new Bucket(nanos.getAsLong())).tryTake();
  }

  private final class Bucket {
    private double tokens = perSecond;
    private long refilledAt;

    Bucket(long now) {
      refilledAt = now;
    }

    synchronized boolean tryTake() {
      long now = nanos.getAsLong();
      tokens = Math.min(perSecond, tokens + (now - refilledAt) / 1e9 * perSecond);
      refilledAt = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }
  }
}
