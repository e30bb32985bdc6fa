package io.salesplatform.platform.plugin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A timeout, a bulkhead and a circuit breaker for each key (a tenant and a plugin version), so that
 * a plugin that hangs or fails for one tenant neither holds that tenant's requests nor touches any
 * other tenant's calls. See ADR 18 for why this is not MicroProfile Fault Tolerance.
 *
 * <ul>
 *   <li><b>Timeout</b>: the call runs on a thread of its own; the caller waits at most {@code
 *       timeout}, then the call is interrupted and the caller told.
 *   <li><b>Bulkhead</b>: at most {@code maxConcurrent} calls of one key run at once; one more is
 *       refused at once. A call holds its place until it really ends, so a plugin that ignores the
 *       interrupt keeps its places and cannot pile up threads.
 *   <li><b>Circuit breaker</b>: after {@code failureThreshold} failures in a row the key's circuit
 *       opens and calls are refused at once for {@code openFor}; then one trial call is let
 *       through, which closes the circuit if it succeeds and opens it again if it fails.
 * </ul>
 */
public final class PluginGuard implements AutoCloseable {

  /** Why a call was not made or did not finish. */
  public enum Refusal {
    /** The key's circuit is open. */
    CIRCUIT_OPEN,
    /** The key's bulkhead is full. */
    BULKHEAD_FULL,
    /** The call did not finish in time. */
    TIMEOUT
  }

  /** A call that was refused or timed out. */
  public static final class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    RefusedException(Refusal refusal, String message) {
      super(message, null, false, false);
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  /**
   * The limits.
   *
   * @param timeout how long a caller waits for one call
   * @param maxConcurrent how many calls of one key run at once
   * @param failureThreshold how many failures in a row open a key's circuit
   * @param openFor how long an open circuit refuses calls before a trial
   */
  public record Limits(
      Duration timeout, int maxConcurrent, int failureThreshold, Duration openFor) {}

  private final Limits limits;
  private final Clock clock;
  private final ConcurrentMap<String, Bulkhead> bulkheads = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Breaker> breakers = new ConcurrentHashMap<>();
  private final ExecutorService threads;

  public PluginGuard(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new Thread(task, "plugin-call-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    this.threads = Executors.newCachedThreadPool(factory);
  }

  /**
   * Runs {@code call} for {@code key} within the limits.
   *
   * @param counts whether an exception the call throws is a failure of the plugin (a plugin that
   *     says the request was bad is not failing)
   * @throws RefusedException when the circuit is open, the bulkhead full, or the call too slow
   */
  public <R> R call(String key, Callable<R> call, java.util.function.Predicate<Throwable> counts)
      throws Exception {
    Breaker breaker = breakers.computeIfAbsent(key, k -> new Breaker());
    if (!breaker.allows(clock.instant())) {
      throw new RefusedException(
          Refusal.CIRCUIT_OPEN,
          "its circuit is open after "
              + limits.failureThreshold()
              + " failures in a row; calls resume after "
              + limits.openFor().toSeconds()
              + " s");
    }
    Semaphore places =
        bulkheads.computeIfAbsent(key, k -> new Bulkhead(limits.maxConcurrent())).places;
    if (!places.tryAcquire()) {
      breaker.release();
      throw new RefusedException(
          Refusal.BULKHEAD_FULL,
          "it is already serving " + limits.maxConcurrent() + " calls of this company");
    }
    Future<R> running;
    try {
      running =
          threads.submit(
              () -> {
                try {
                  return call.call();
                } finally {
                  places.release();
                }
              });
    } catch (RuntimeException e) {
      places.release();
      breaker.release();
      throw e;
    }
    try {
      R answer = running.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
      breaker.succeeded();
      return answer;
    } catch (TimeoutException e) {
      running.cancel(true);
      breaker.failed(clock.instant());
      throw new RefusedException(
          Refusal.TIMEOUT, "it did not answer within " + limits.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (counts.test(cause)) {
        breaker.failed(clock.instant());
      } else {
        breaker.succeeded();
      }
      if (cause instanceof Exception exception) {
        throw exception;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    } catch (InterruptedException e) {
      running.cancel(true);
      breaker.release();
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }

  private static final class Bulkhead {
    final Semaphore places;

    Bulkhead(int size) {
      places = new Semaphore(size);
    }
  }

  /** Closed, open until an instant, or half open with one trial under way. */
  private final class Breaker {
    private int failures;
    private Instant openUntil;
    private boolean trialRunning;

    synchronized boolean allows(Instant now) {
      if (openUntil == null) {
        return true;
      }
      if (now.isBefore(openUntil) || trialRunning) {
        return false;
      }
      trialRunning = true;
      return true;
    }

    /** The call allowed was not made after all. */
    synchronized void release() {
      trialRunning = false;
    }

    synchronized void succeeded() {
      failures = 0;
      openUntil = null;
      trialRunning = false;
    }

    synchronized void failed(Instant now) {
      failures++;
      if (trialRunning || failures >= limits.failureThreshold()) {
        openUntil = now.plus(limits.openFor());
      }
      trialRunning = false;
    }
  }
}
