package io.salesplatform.platform.plugin;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * What dispatching a pricing call through the plugin layer costs: the reference strategy {@code
 * tiered-discounts}, loaded from its jar by PF4J into its own class loader exactly as the platform
 * loads it, prices the same five-line quote either directly or through {@link PluginCalls} (a fresh
 * {@link TenantPluginContext}, the per-company timeout on a call thread, bulkhead and circuit
 * breaker, and the check that an answer is not {@code null}).
 *
 * <p>Run with {@code ./devstack/benchmark-plugins}; the plugin jar's folder comes from the system
 * property {@code bench.plugins} (default {@code target/bench-plugins}).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PricingDispatchBenchmark {

  static final String TENANT = "00000000-0000-0000-0000-0000000000b1";

  private PluginHost host;
  private PricingStrategy strategy;
  private SelectedExtension<PricingStrategy> selected;
  private TenantPluginContext context;
  private PluginCalls calls;
  private PriceRequest request;

  @Setup(Level.Trial)
  public void setUp() {
    host = PluginHost.load(Path.of(System.getProperty("bench.plugins", "target/bench-plugins")));
    PluginHost.LoadedPlugin plugin =
        host.plugins().stream()
            .filter(p -> p.id().equals("tiered-pricing") && p.failure() == null)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("tiered-pricing is not loaded"));
    strategy =
        host.extension(plugin.id(), plugin.version(), PricingStrategy.class, "tiered-discounts")
            .orElseThrow();
    if (strategy.getClass().getClassLoader() == PricingDispatchBenchmark.class.getClassLoader()) {
      throw new IllegalStateException("the strategy must come from the plugin's own class loader");
    }
    Map<String, Object> config =
        Map.of(
            "priceBook",
            Map.of("LIC-ENT", Map.of("listPrices", Map.of("EUR", 400))),
            "volumeTiers",
            List.of(
                Map.of("minQuantity", 10, "discountPercent", 5),
                Map.of("minQuantity", 50, "discountPercent", 10)),
            "segmentDiscountPercent",
            Map.of("enterprise", 5),
            "maxDiscountPercent",
            Map.of("sales-rep", 10, "sales-manager", 25),
            "marginFloorPercent",
            20);
    selected = new SelectedExtension<>("pricing", plugin, "tiered-discounts", strategy, config);
    context =
        new TenantPluginContext(
            TENANT,
            new PluginConfiguration(config),
            Clock.systemUTC(),
            System.getLogger("plugin.tiered-pricing"),
            null);
    calls = new PluginCalls();
    calls.timeout = Duration.ofSeconds(5);
    calls.maxConcurrent = 8;
    calls.failureThreshold = 5;
    calls.openFor = Duration.ofSeconds(30);
    calls.start();
    List<PriceLine> lines = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      lines.add(
          new PriceLine(
              "p-" + i,
              i == 1 ? "LIC-ENT" : "SKU-" + i,
              BigDecimal.valueOf(i * 12L),
              Money.of("100.00", "EUR"),
              Money.of("40.00", "EUR"),
              BigDecimal.valueOf(i)));
    }
    request =
        new PriceRequest(
            "customer-1",
            "enterprise",
            Set.of("sales-rep"),
            LocalDate.of(2026, 3, 1),
            "EUR",
            lines);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    calls.stop();
    host.close();
  }

  /** The strategy called directly, with a context made once: the plugin's own work. */
  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.Throughput})
  public PriceResult direct() {
    return strategy.price(request, context);
  }

  /** The same strategy and request through the plugin layer, as {@code PricingService} calls it. */
  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.Throughput})
  public PriceResult guarded() {
    return calls.call(
        selected, TENANT, (pricing, ctx) -> pricing.price(request, ctx), answer -> null);
  }

  /** Quotes per second through the plugin layer with four callers of one company at once. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @Threads(4)
  public PriceResult guardedFourCallers() {
    return guarded();
  }
}
