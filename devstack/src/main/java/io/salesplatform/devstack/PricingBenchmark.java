package io.salesplatform.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Quotes priced per second over HTTP: on a throwaway stack, {@code clients} concurrent clients send
 * {@code POST /api/t/demo/pricing/preview} (a five-line quote, priced by the reference plugin
 * {@code tiered-pricing} with a price book, volume tiers and segment discounts) for {@code seconds}
 * after a warm-up, each waiting for its answer before it sends the next. Prints quotes per second
 * and p50/p95/max of the latency, and writes them to {@code target/benchmarks/pricing.md}.
 *
 * <p>Run: {@code ./devstack/benchmark-pricing [clients] [seconds]} (default 4 clients, 30 s).
 */
public final class PricingBenchmark {

  private PricingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmUp = Math.max(5, seconds / 3);
    Path dist = Path.of("target", "dist").toAbsolutePath();
    Path home = Path.of("target", "benchmark-stack").toAbsolutePath();
    Folders.deleteTree(home);
    StackSettings settings = StackSettings.throwaway(home, dist);
    try (Stack stack = Stack.start(settings, Map.of())) {
      PlatformApi api = stack.api();
      String admin = api.token(Realms.SALES, "demo-admin", DemoTenant.PASSWORD);
      // quotes are priced for a sales rep, whose discount cap the configuration sets
      String token = api.token(Realms.SALES, "demo-rep", DemoTenant.PASSWORD);
      String path = "/api/t/" + DemoTenant.SLUG + "/pricing/preview";
      String quote = quote();
      PlatformApi.Answer first = api.post(path, token, quote);
      if (first.status() != 200) {
        throw new IOException("pricing failed: " + first.status() + " " + first.raw().body());
      }
      String version = first.json().get("version").asText();
      PlatformApi.Answer chosen =
          api.put(
              "/api/t/" + DemoTenant.SLUG + "/plugins/pricing",
              admin,
              "{\"pluginId\":\"tiered-pricing\",\"version\":\""
                  + version
                  + "\",\"extension\":\"tiered-discounts\",\"config\":"
                  + CONFIG
                  + "}");
      if (chosen.status() != 200) {
        throw new IOException("choosing the pricing failed: " + chosen.raw().body());
      }
      run(api, path, token, quote, clients, warmUp);
      List<Double> millis = run(api, path, token, quote, clients, seconds);
      String report = report(clients, seconds, millis);
      System.out.println(report);
      Path out = Path.of("target", "benchmarks", "pricing.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
  }

  /** Every client prices quotes one after another for {@code seconds}: each answer's latency. */
  private static List<Double> run(
      PlatformApi api, String path, String token, String quote, int clients, int seconds)
      throws Exception {
    Instant end = Instant.now().plusSeconds(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<List<Double>>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(
            pool.submit(
                () -> {
                  List<Double> mine = new ArrayList<>();
                  while (Instant.now().isBefore(end)) {
                    long begin = System.nanoTime();
                    PlatformApi.Answer answer = api.post(path, token, quote);
                    mine.add((System.nanoTime() - begin) / 1e6);
                    if (answer.status() != 200) {
                      throw new IOException(
                          "pricing failed: " + answer.status() + " " + answer.raw().body());
                    }
                  }
                  return mine;
                }));
      }
      List<Double> all = new ArrayList<>();
      for (Future<List<Double>> client : running) {
        all.addAll(client.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String report(int clients, int seconds, List<Double> millis) {
    double[] values = millis.stream().mapToDouble(Double::doubleValue).toArray();
    return String.format(
        Locale.ROOT,
        "| clients | seconds | quotes | quotes/s | p50 (ms) | p95 (ms) | max (ms) |%n"
            + "|---:|---:|---:|---:|---:|---:|---:|%n"
            + "| %d | %d | %d | %.0f | %.1f | %.1f | %.1f |%n",
        clients,
        seconds,
        values.length,
        values.length / (double) Duration.ofSeconds(seconds).toSeconds(),
        ProvisioningBenchmark.percentile(values, 50),
        ProvisioningBenchmark.percentile(values, 95),
        ProvisioningBenchmark.percentile(values, 100));
  }

  /** The configuration the JMH benchmark {@code PricingDispatchBenchmark} prices with. */
  private static final String CONFIG =
      "{\"priceBook\":{\"LIC-ENT\":{\"listPrices\":{\"EUR\":400}}},"
          + "\"volumeTiers\":[{\"minQuantity\":10,\"discountPercent\":5},"
          + "{\"minQuantity\":50,\"discountPercent\":10}],"
          + "\"segmentDiscountPercent\":{\"enterprise\":5},"
          + "\"maxDiscountPercent\":{\"sales-rep\":10,\"sales-manager\":25},"
          + "\"marginFloorPercent\":20}";

  /** The five-line quote the JMH benchmark prices. */
  private static String quote() {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      if (i > 1) {
        lines.append(',');
      }
      lines.append(
          String.format(
              Locale.ROOT,
              "{\"productId\":\"p-%d\",\"sku\":\"%s\",\"quantity\":%d,\"listPrice\":100.00,"
                  + "\"unitCost\":40.00,\"requestedDiscountPercent\":%d}",
              i,
              i == 1 ? "LIC-ENT" : "SKU-" + i,
              i * 12,
              i));
    }
    return "{\"customerId\":\"customer-1\",\"customerSegment\":\"enterprise\",\"currency\":\"EUR\","
        + "\"pricingDate\":\"2026-03-01\",\"lines\":["
        + lines
        + "]}";
  }
}
