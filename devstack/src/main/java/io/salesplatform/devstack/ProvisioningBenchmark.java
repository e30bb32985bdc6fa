package io.salesplatform.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how subscribing companies scales: on a throwaway stack, subscribes {@code count}
 * companies one after another through the operator API (registry row, organization, role groups,
 * first admin, settings revision), times each, then restarts Keycloak on the data it now holds and
 * times its start-up. Prints a Markdown report and writes it to {@code
 * target/benchmarks/provisioning.md}.
 *
 * <p>Run: {@code ./devstack/benchmark-provisioning [count]} (default 1000).
 */
public final class ProvisioningBenchmark {

  private ProvisioningBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path dist = Path.of("target", "dist").toAbsolutePath();
    Path home = Path.of("target", "benchmark-stack").toAbsolutePath();
    Folders.deleteTree(home);
    StackSettings settings = StackSettings.throwaway(home, dist);
    Instant started = Instant.now();
    try (Stack stack = Stack.start(settings, Map.of(), false)) {
      Duration stackStart = Duration.between(started, Instant.now());
      // the same restart with no company yet, to compare against
      Duration emptyRestart = stack.restartKeycloak();
      PlatformApi api = stack.api();
      String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
      double[] millis = new double[count];
      String token = null;
      Instant tokenAt = Instant.EPOCH;
      for (int i = 0; i < count; i++) {
        if (Duration.between(tokenAt, Instant.now()).toSeconds() > 120) {
          token = api.token(Realms.PLATFORM, "operator", "operator");
          tokenAt = Instant.now();
        }
        String slug = String.format(Locale.ROOT, "bench-%s-%04d", run, i + 1);
        Map<String, Object> request =
            Map.of(
                "slug", slug,
                "name", "Benchmark company " + (i + 1),
                "adminEmail", "admin@" + slug + ".example",
                "adminName", "Admin " + (i + 1));
        long begin = System.nanoTime();
        PlatformApi.Answer answer = api.post("/api/platform/tenants", token, request);
        millis[i] = (System.nanoTime() - begin) / 1e6;
        if (answer.status() != 201) {
          throw new IOException(
              "subscribing " + slug + " failed: " + answer.status() + " " + answer.raw().body());
        }
        if ((i + 1) % 100 == 0) {
          System.out.printf(
              Locale.ROOT,
              "benchmark: %d companies, last 100: p50 %.0f ms%n",
              i + 1,
              percentile(Arrays.copyOfRange(millis, i - 99, i + 1), 50));
        }
      }
      Duration restart = stack.restartKeycloak();
      long begin = System.nanoTime();
      api.token(Realms.PLATFORM, "operator", "operator");
      double firstToken = (System.nanoTime() - begin) / 1e6;
      String report = report(count, millis, stackStart, emptyRestart, restart, firstToken);
      System.out.println(report);
      Path out = Path.of("target", "benchmarks", "provisioning.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
  }

  private static String report(
      int count,
      double[] millis,
      Duration stackStart,
      Duration emptyRestart,
      Duration restart,
      double firstToken) {
    StringBuilder text = new StringBuilder();
    text.append("| companies | p50 (ms) | p95 (ms) | max (ms) |\n");
    text.append("|---|---:|---:|---:|\n");
    List<int[]> ranges = new ArrayList<>();
    ranges.add(new int[] {1, Math.min(10, count)});
    if (count >= 20) {
      ranges.add(new int[] {11, 20});
    }
    for (int hundred = 100; hundred < count; hundred += count >= 500 ? 250 : 100) {
      ranges.add(new int[] {hundred + 1, Math.min(hundred + 10, count)});
    }
    if (count > 10) {
      ranges.add(new int[] {count - 9, count});
    }
    ranges.add(new int[] {1, count});
    for (int[] range : ranges) {
      double[] slice = Arrays.copyOfRange(millis, range[0] - 1, range[1]);
      text.append(
          String.format(
              Locale.ROOT,
              "| %d–%d | %.0f | %.0f | %.0f |%n",
              range[0],
              range[1],
              percentile(slice, 50),
              percentile(slice, 95),
              Arrays.stream(slice).max().orElse(0)));
    }
    if (count >= 200) {
      text.append("\n| companies (by hundred) | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n");
      for (int from = 0; from + 100 <= count; from += 100) {
        double[] slice = Arrays.copyOfRange(millis, from, from + 100);
        text.append(
            String.format(
                Locale.ROOT,
                "| %d–%d | %.0f | %.0f |%n",
                from + 1,
                from + 100,
                percentile(slice, 50),
                percentile(slice, 95)));
      }
    }
    text.append(
        String.format(
            Locale.ROOT,
            "%nStack start (PostgreSQL, Keycloak, platform, empty): %.1f s. Keycloak restart with"
                + " no company: %.1f s to ready. Keycloak restart with %d companies"
                + " (organizations, %d groups, %d people): %.1f s to ready; first token after it:"
                + " %.0f ms.%n",
            stackStart.toMillis() / 1000.0,
            emptyRestart.toMillis() / 1000.0,
            count,
            count * 7,
            count,
            restart.toMillis() / 1000.0,
            firstToken));
    return text.toString();
  }

  /** The nearest-rank percentile. */
  static double percentile(double[] values, double percent) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
