package io.salesplatform.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.CreditRating;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PaymentHistory;
import io.salesplatform.plugin.api.PluginApi;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PluginExtension;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.api.SurveyScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host against the reference plugin jars exactly as the build produced them, loaded from their
 * own directory rather than the test class path, so that class loading is the one production sees.
 */
class PluginHostTest {

  private static final Path PLUGINS = Path.of(System.getProperty("test.plugins.dir"));
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void theReferencePluginsStartAndEachContributesItsExtensionPoint() {
    try (PluginHost host = PluginHost.load(PLUGINS)) {
      assertThat(host.plugins())
          .extracting(PluginHost.LoadedPlugin::id)
          .containsExactlyInAnyOrder("tiered-pricing", "credit-limit", "nps-survey");
      assertThat(host.plugins())
          .allSatisfy(
              plugin -> {
                assertThat(plugin.state()).isEqualTo("STARTED");
                assertThat(plugin.failure()).isNull();
                assertThat(plugin.version()).isNotBlank();
              });
      assertThat(contributions(host, "tiered-pricing")).containsOnlyKeys("pricing");
      assertThat(contributions(host, "credit-limit")).containsOnlyKeys("credit-check");
      assertThat(contributions(host, "nps-survey")).containsOnlyKeys("survey");
      assertThat(names(host.extensions("tiered-pricing", PricingStrategy.class)))
          .containsExactlyInAnyOrder("tiered-discounts", "negotiated-prices");
      assertThat(names(host.extensions("credit-limit", CreditCheckProvider.class)))
          .containsExactlyInAnyOrder("internal-scorecard", "credit-bureau");
      assertThat(names(host.extensions("nps-survey", SurveyMechanism.class)))
          .containsExactlyInAnyOrder("nps", "csat");
    }
  }

  @Test
  void thePricingPluginPricesAQuoteAndAsksApprovalBeyondTheRoleCap() {
    PluginContext context =
        new TestContext(
            Map.of(
                "maxDiscountPercent",
                Map.of("sales-rep", new BigDecimal("10")),
                "marginFloorPercent",
                new BigDecimal("20")));
    PriceRequest request =
        new PriceRequest(
            "customer-1",
            "enterprise",
            Set.of("sales-rep"),
            LocalDate.of(2026, 3, 2),
            "EUR",
            List.of(
                new PriceLine(
                    "p-1",
                    "LIC-STD",
                    new BigDecimal("3"),
                    Money.of("100.00", "EUR"),
                    Money.of("40.00", "EUR"),
                    new BigDecimal("5")),
                new PriceLine(
                    "p-2",
                    "SUPPORT",
                    BigDecimal.ONE,
                    Money.of("200.00", "EUR"),
                    null,
                    new BigDecimal("15"))));

    try (PluginHost host = PluginHost.load(PLUGINS)) {
      PricingStrategy pricing =
          named(host.extensions("tiered-pricing", PricingStrategy.class), "tiered-discounts");
      PriceResult result = pricing.price(request, context);

      // 3 x 95.00 + 1 x 170.00
      assertThat(result.netTotal()).isEqualTo(Money.of("455.00", "EUR"));
      assertThat(result.lines())
          .extracting(line -> line.lineTotal())
          .containsExactly(Money.of("285.00", "EUR"), Money.of("170.00", "EUR"));
      assertThat(result.approvalRequired()).isTrue();
      assertThat(result.approvalReasons())
          .singleElement()
          .satisfies(reason -> assertThat(reason.line()).isEqualTo(2));
    }
  }

  @Test
  void theCreditPluginApprovesADealWithinTheLimit() {
    PluginContext context = new TestContext(Map.of("creditLimit", new BigDecimal("10000")));
    CreditCheckRequest request =
        new CreditCheckRequest(
            "customer-1",
            "Acme GmbH",
            "DE",
            null,
            LocalDate.of(2020, 1, 1),
            Money.of("3000.00", "EUR"),
            Money.of("2000.00", "EUR"),
            Money.zero("EUR"),
            0,
            null,
            new PaymentHistory(24, 0, 0));

    try (PluginHost host = PluginHost.load(PLUGINS)) {
      CreditCheckProvider credit =
          named(host.extensions("credit-limit", CreditCheckProvider.class), "internal-scorecard");
      CreditDecision decision = credit.check(request, context);

      assertThat(decision.outcome()).isEqualTo(CreditDecision.Outcome.APPROVE);
      assertThat(decision.rating()).isEqualTo(CreditRating.A);
      assertThat(decision.creditLimit()).isEqualTo(Money.of("15000", "EUR"));
      assertThat(decision.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }
  }

  @Test
  void theSurveyPluginAsksTheNpsQuestionAndScoresANineAsAPromoter() {
    PluginContext context = new TestContext(Map.of());

    try (PluginHost host = PluginHost.load(PLUGINS)) {
      SurveyMechanism survey = named(host.extensions("nps-survey", SurveyMechanism.class), "nps");
      Questionnaire questionnaire =
          survey.design(new SurveyRequest("contract-completed", "customer-1", "en"), context);
      Questionnaire.Question question = questionnaire.questions().get(0);
      SurveyScore score =
          survey.score(
              new SurveyAnswers(questionnaire, Map.of(question.id(), 9), "Smooth rollout."),
              context);

      assertThat(question.min()).isZero();
      assertThat(question.max()).isEqualTo(10);
      assertThat(score.score()).isEqualTo(90);
      assertThat(score.category()).isEqualTo("promoter");
    }
  }

  @Test
  void twoVersionsOfOnePluginRunSideBySideEachWithItsOwnClasses(@TempDir Path directory)
      throws IOException {
    Files.copy(pricingJar(), directory.resolve("tiered-pricing-a.jar"));
    withManifest(
        pricingJar(), directory.resolve("tiered-pricing-b.jar"), Map.of("Plugin-Version", "9.1.0"));
    String bundled = PluginHost.Installed.identityOf(pricingJar())[1];

    try (PluginHost host = PluginHost.load(directory)) {
      assertThat(host.plugins())
          .extracting(PluginHost.LoadedPlugin::version, PluginHost.LoadedPlugin::state)
          .containsExactlyInAnyOrder(tuple(bundled, "STARTED"), tuple("9.1.0", "STARTED"));
      PricingStrategy older =
          host.extension("tiered-pricing", bundled, PricingStrategy.class, "tiered-discounts")
              .orElseThrow();
      PricingStrategy newer =
          host.extension("tiered-pricing", "9.1.0", PricingStrategy.class, "tiered-discounts")
              .orElseThrow();
      assertThat(newer.getClass().getClassLoader()).isNotSameAs(older.getClass().getClassLoader());
      assertThat(host.extension("tiered-pricing", "9.1.0", PricingStrategy.class, "no-such"))
          .isEmpty();
      assertThat(
              host.extension("tiered-pricing", "9.9.9", PricingStrategy.class, "tiered-discounts"))
          .isEmpty();
      assertThat(host.plugins())
          .allSatisfy(
              plugin -> {
                assertThat(plugin.extensions().get("pricing"))
                    .containsExactlyInAnyOrder("tiered-discounts", "negotiated-prices");
                assertThat(plugin.checksum()).hasSize(64);
              });
    }
  }

  @Test
  void aSecondJarOfTheSameVersionFailsAloneAndTheFirstKeepsServing(@TempDir Path directory)
      throws IOException {
    Files.copy(pricingJar(), directory.resolve("a-pricing.jar"));
    Files.copy(pricingJar(), directory.resolve("b-pricing.jar"));

    try (PluginHost host = PluginHost.load(directory)) {
      assertThat(host.plugins())
          .extracting(PluginHost.LoadedPlugin::file, PluginHost.LoadedPlugin::state)
          .containsExactlyInAnyOrder(
              tuple("a-pricing.jar", "STARTED"), tuple("b-pricing.jar", "FAILED"));
      assertThat(
              host.plugins().stream()
                  .filter(p -> p.failure() != null)
                  .findFirst()
                  .orElseThrow()
                  .failure())
          .contains("already loaded from a-pricing.jar");
      assertThat(host.extensions("tiered-pricing", PricingStrategy.class)).hasSize(2);
    }
  }

  @Test
  void aJarAddedOrRemovedIsPickedUpByTheNextRefresh(@TempDir Path directory) throws IOException {
    try (PluginHost host = PluginHost.load(directory)) {
      assertThat(host.plugins()).isEmpty();
      Files.copy(pricingJar(), directory.resolve("pricing.jar"));

      assertThat(host.refresh()).isTrue();
      assertThat(host.plugins())
          .extracting(PluginHost.LoadedPlugin::id)
          .containsExactly("tiered-pricing");
      assertThat(host.refresh()).isFalse();

      Files.delete(directory.resolve("pricing.jar"));
      assertThat(host.refresh()).isTrue();
      assertThat(host.plugins()).isEmpty();
      assertThat(host.extensions("tiered-pricing", PricingStrategy.class)).isEmpty();
    }
  }

  @Test
  void aPluginBuiltForAnotherPluginApiIsNotStartedAndSaysWhy(@TempDir Path directory)
      throws IOException {
    withManifest(
        pricingJar(),
        directory.resolve("pricing-policy-for-api-2.jar"),
        Map.of("Plugin-Requires", ">=2.0.0 & <3.0.0"));

    try (PluginHost host = PluginHost.load(directory)) {
      PluginHost.LoadedPlugin plugin = host.plugins().get(0);
      assertThat(plugin.id()).isEqualTo("tiered-pricing");
      assertThat(plugin.state()).isEqualTo("FAILED");
      assertThat(plugin.failure())
          .isEqualTo(
              "requires plugin API >=2.0.0 & <3.0.0, but this platform provides "
                  + PluginApi.VERSION
                  + "; install a version of the plugin built for it");
      assertThat(plugin.extensions()).isEmpty();
      assertThat(host.extensions("tiered-pricing", PricingStrategy.class)).isEmpty();
    }
  }

  @Test
  void aPluginBuiltForThisPluginApiStartsBesideOneThatIsNot(@TempDir Path directory)
      throws IOException {
    withManifest(
        pricingJar(),
        directory.resolve("old-pricing.jar"),
        Map.of("Plugin-Id", "old-pricing", "Plugin-Requires", ">=0.1.0 & <1.0.0"));
    Files.copy(pricingJar(), directory.resolve(pricingJar().getFileName()));

    try (PluginHost host = PluginHost.load(directory)) {
      assertThat(host.plugins())
          .extracting(PluginHost.LoadedPlugin::id, PluginHost.LoadedPlugin::state)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("old-pricing", "FAILED"),
              org.assertj.core.groups.Tuple.tuple("tiered-pricing", "STARTED"));
      assertThat(host.extensions("tiered-pricing", PricingStrategy.class)).hasSize(2);
    }
  }

  @Test
  void aPluginWithAnUnreadableApiRangeFailsAloneAndSaysWhy(@TempDir Path directory)
      throws IOException {
    withManifest(
        pricingJar(),
        directory.resolve("garbled.jar"),
        Map.of("Plugin-Id", "garbled", "Plugin-Requires", "one point oh"));
    Files.copy(pricingJar(), directory.resolve(pricingJar().getFileName()));

    try (PluginHost host = PluginHost.load(directory)) {
      assertThat(host.plugins())
          .filteredOn(plugin -> plugin.id().equals("tiered-pricing"))
          .singleElement()
          .satisfies(plugin -> assertThat(plugin.state()).isEqualTo("STARTED"));
      assertThat(host.plugins())
          .filteredOn(plugin -> plugin.id().equals("garbled"))
          .singleElement()
          .satisfies(
              plugin -> {
                assertThat(plugin.state()).isEqualTo("FAILED");
                assertThat(plugin.failure())
                    .isEqualTo(
                        "its Plugin-Requires 'one point oh' is not a range of plugin API versions,"
                            + " such as >=1.0.0 & <2.0.0");
              });
    }
  }

  @Test
  void aPluginAsksForAnExtensionPointItDoesNotServeGetsNone() {
    try (PluginHost host = PluginHost.load(PLUGINS)) {
      assertThat(host.extensions("tiered-pricing", CreditCheckProvider.class)).isEmpty();
      assertThat(host.extensions("no-such-plugin", PricingStrategy.class)).isEmpty();
    }
  }

  @Test
  void aPluginJarThatBundlesThePluginApiIsReportedAsFailed(@TempDir Path directory)
      throws IOException {
    // Bundled API classes load in the plugin's own class loader, so its extensions implement
    // interfaces the host does not know; pf4j drops them with only a log line.
    bundleApiInto(pricingJar(), directory.resolve("pricing-policy-with-api.jar"));

    try (PluginHost host = PluginHost.load(directory)) {
      assertThat(host.plugins()).hasSize(1);
      PluginHost.LoadedPlugin plugin = host.plugins().get(0);
      assertThat(plugin.id()).isEqualTo("tiered-pricing");
      assertThat(plugin.state()).isEqualTo("FAILED");
      assertThat(plugin.failure()).contains("contributes no extension");
      assertThat(plugin.extensions()).isEmpty();
      assertThat(host.extensions("tiered-pricing", PricingStrategy.class)).isEmpty();
    }
  }

  @Test
  void aDirectoryThatDoesNotExistHoldsNoPlugins(@TempDir Path directory) {
    try (PluginHost host = PluginHost.load(directory.resolve("absent"))) {
      assertThat(host.plugins()).isEmpty();
    }
  }

  private static Map<String, List<String>> contributions(PluginHost host, String pluginId) {
    return host.plugins().stream()
        .filter(plugin -> plugin.id().equals(pluginId))
        .findFirst()
        .orElseThrow()
        .extensions();
  }

  private static List<String> names(List<? extends PluginExtension> extensions) {
    return extensions.stream().map(PluginExtension::name).toList();
  }

  private static <T extends PluginExtension> T named(List<T> extensions, String name) {
    return extensions.stream()
        .filter(extension -> extension.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no extension named " + name));
  }

  /** Writes a copy of {@code pluginJar} whose manifest has {@code changes}. */
  private static void withManifest(Path pluginJar, Path target, Map<String, String> changes)
      throws IOException {
    try (ZipFile plugin = new ZipFile(pluginJar.toFile());
        OutputStream file = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(file)) {
      Manifest manifest;
      try (InputStream in = plugin.getInputStream(plugin.getEntry(JarFile.MANIFEST_NAME))) {
        manifest = new Manifest(in);
      }
      changes.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
      out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
      manifest.write(out);
      out.closeEntry();
      copyEntries(plugin, out, new HashSet<>(Set.of(JarFile.MANIFEST_NAME)), name -> true);
    }
  }

  private static Path pricingJar() throws IOException {
    try (Stream<Path> jars = Files.list(PLUGINS)) {
      return jars.filter(jar -> jar.getFileName().toString().startsWith("pricing-policy-"))
          .filter(jar -> jar.getFileName().toString().endsWith(".jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no pricing-policy jar in " + PLUGINS));
    }
  }

  /**
   * Writes a copy of {@code pluginJar} that also holds every class of the plugin API, taken from
   * wherever the API sits on the test class path: its jar, or its classes directory in the reactor.
   */
  private static void bundleApiInto(Path pluginJar, Path target) throws IOException {
    Path api;
    try {
      api =
          Path.of(
              PricingStrategy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Set<String> written = new HashSet<>();
    try (OutputStream file = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(file);
        ZipFile plugin = new ZipFile(pluginJar.toFile())) {
      copyEntries(plugin, out, written, name -> true);
      if (Files.isDirectory(api)) {
        try (Stream<Path> classes = Files.walk(api)) {
          for (Path path : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
            String name = api.relativize(path).toString().replace('\\', '/');
            if (written.add(name)) {
              out.putNextEntry(new ZipEntry(name));
              Files.copy(path, out);
              out.closeEntry();
            }
          }
        }
      } else {
        try (ZipFile apiJar = new ZipFile(api.toFile())) {
          copyEntries(apiJar, out, written, name -> name.endsWith(".class"));
        }
      }
    }
    assertThat(written).contains("io/salesplatform/plugin/api/PricingStrategy.class");
  }

  private static void copyEntries(
      ZipFile source, ZipOutputStream out, Set<String> written, Predicate<String> include)
      throws IOException {
    Enumeration<? extends ZipEntry> entries = source.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (!include.test(entry.getName()) || !written.add(entry.getName())) {
        continue;
      }
      out.putNextEntry(new ZipEntry(entry.getName()));
      try (InputStream in = source.getInputStream(entry)) {
        in.transferTo(out);
      }
      out.closeEntry();
    }
  }

  /** What the platform lends a plugin, reduced to a tenant, its configuration and a fixed clock. */
  private record TestContext(Map<String, Object> values) implements PluginContext {

    @Override
    public String tenantId() {
      return "acme";
    }

    @Override
    public PluginConfiguration configuration() {
      return new PluginConfiguration(values);
    }

    @Override
    public Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Override
    public System.Logger logger() {
      return System.getLogger("plugin.test");
    }

    @Override
    public HttpClient httpClient() {
      // None of the reference plugins calls out; one that started to should fail here, visibly.
      throw new UnsupportedOperationException("no outside calls in plugin tests");
    }
  }
}
