package io.salesplatform.platform.plugin;

import io.salesplatform.platform.api.TokenBuckets;
import java.util.function.LongSupplier;

/**
 * A token bucket per company and plugin: {@code perSecond} requests a second, at most {@code
 * perSecond} at once after a quiet spell.
 */
final class EgressRates {

  private final TokenBuckets buckets;

  EgressRates(int perSecond, LongSupplier nanos) {
    this.buckets = new TokenBuckets(perSecond, perSecond, nanos);
  }

  /** Whether {@code key} may start one more request now; takes it when it may. */
  boolean tryTake(String key) {
    return buckets.tryTake(key);
  }
}
