package io.salesplatform.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.salesplatform.plugin.api.InvalidConfigurationException;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PluginExtension;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every extension must do, whatever its extension point. A plugin's test extends the class for
 * its extension point ({@link PricingStrategyConformance}, {@link CreditCheckProviderConformance},
 * {@link SurveyMechanismConformance}), gives the extension and sample scenarios, and inherits these
 * tests:
 *
 * <ul>
 *   <li>the extension has a valid, stable name and is an {@code @Extension} PF4J can create;
 *   <li>the plugin declares a valid configuration schema; every sample configuration fits it and
 *       passes {@link PluginExtension#checkConfiguration}; every invalid configuration the author
 *       lists is refused before the platform saves it, by the schema or by {@code
 *       checkConfiguration} with an {@link InvalidConfigurationException};
 *   <li>results are complete (no null where the API promises a value) and keep the extension
 *       point's promises;
 *   <li>results are deterministic: the same configuration, request and clock give an equal result,
 *       also from a fresh instance;
 *   <li>one instance serves concurrent calls for different scenarios with the results it gives one
 *       at a time, as the platform shares one instance among all tenants;
 *   <li>calls stay within a latency budget;
 *   <li>bad requests the author lists are refused with an {@link InvalidRequestException}.
 * </ul>
 *
 * @param <E> the extension point
 * @param <Q> its request type
 * @param <R> its result type
 */
public abstract class ExtensionConformance<E extends PluginExtension, Q, R> {

  private static final int WARM_UP_CALLS = 5;
  private static final int TIMED_CALLS = 30;

  /** A new instance of the extension under test, created as PF4J creates it. */
  protected abstract E extension();

  /** Sample scenarios the extension must serve, at least one; the more varied the better. */
  protected abstract List<Scenario<Q>> scenarios();

  /** Makes the extension point's call. */
  protected abstract R call(E extension, Q request, PluginContext context);

  /**
   * Checks what the extension point promises of every result, beyond completeness. Subclasses for
   * an extension point check its promises; an author may add their own after calling {@code super}.
   */
  protected void checkResult(Scenario<Q> scenario, R result, PluginContext context) {}

  /**
   * Configurations that must be refused, by the schema or by {@link
   * PluginExtension#checkConfiguration} with an {@link InvalidConfigurationException}. None by
   * default.
   */
  protected List<Map<String, Object>> invalidConfigurations() {
    return List.of();
  }

  /** Scenarios whose call must fail with an {@link InvalidRequestException}. None by default. */
  protected List<Scenario<Q>> badRequests() {
    return List.of();
  }

  /**
   * The context a scenario is served in: by default a {@link TestPluginContext} with the scenario's
   * configuration and no HTTP client. An extension that calls out overrides this to give a client
   * that reaches a local stub.
   */
  protected PluginContext context(Scenario<Q> scenario) {
    return TestPluginContext.of(scenario.configuration());
  }

  /** The most the 90th percentile of calls to one scenario may take. */
  protected Duration latencyBudget() {
    return Duration.ofMillis(100);
  }

  /** How many threads call one instance at once in the thread-safety test. */
  protected int concurrentCallers() {
    return 8;
  }

  @Test
  void theExtensionHasAStableValidName() {
    String name = extension().name();

    assertNotNull(name, "name()");
    assertTrue(
        PluginExtension.NAME_PATTERN.matcher(name).matches(),
        "the name '" + name + "' must be lower-case words joined by hyphens");
    assertEquals(name, extension().name(), "the name must not change from instance to instance");
  }

  @Test
  void theExtensionIsOnePf4jCanFindAndCreate() throws ReflectiveOperationException {
    Class<?> type = extension().getClass();

    assertTrue(
        type.isAnnotationPresent(org.pf4j.Extension.class),
        type.getName() + " must be annotated @org.pf4j.Extension, or PF4J will not find it");
    assertTrue(Modifier.isPublic(type.getModifiers()), type.getName() + " must be public");
    assertNotNull(
        type.getConstructor().newInstance(),
        type.getName() + " needs a public no-argument constructor");
  }

  @Test
  void thePluginDeclaresAValidConfigurationSchema() {
    Optional<ConfigurationSchema> schema = schema();
    if (schema.isEmpty()) {
      // Allowed: the plugin then takes only an empty configuration, which another test checks.
      return;
    }
    assertEquals(
        List.of(),
        schema.get().problemsAsSchema(),
        PluginConfiguration.SCHEMA_RESOURCE + " must be a draft 2020-12 JSON Schema");
    assertEquals(
        "object",
        schema.get().tree().path("type").asText(),
        "a configuration is a JSON object: the schema's type must be \"object\"");
  }

  @TestFactory
  Stream<DynamicTest> everySampleConfigurationFitsTheSchemaAndPassesTheCheck() {
    return scenarios(
        scenario -> {
          Map<String, Object> values = scenario.configuration().values();
          Optional<ConfigurationSchema> schema = schema();
          if (schema.isEmpty()) {
            assertTrue(values.isEmpty(), "a plugin without a schema takes no configuration");
          } else {
            assertEquals(List.of(), schema.get().problems(values), "schema violations");
          }
          extension().checkConfiguration(scenario.configuration());
        });
  }

  @TestFactory
  Stream<DynamicTest> everyInvalidConfigurationIsRefusedBeforeItIsSaved() {
    return invalidConfigurations().stream()
        .map(
            values ->
                dynamicTest(
                    values.toString(),
                    () -> {
                      Optional<ConfigurationSchema> schema = schema();
                      boolean schemaRefuses =
                          schema.isEmpty()
                              ? !values.isEmpty()
                              : !schema.get().problems(values).isEmpty();
                      if (schemaRefuses) {
                        return;
                      }
                      try {
                        extension().checkConfiguration(new PluginConfiguration(values));
                        fail(
                            "neither the schema nor checkConfiguration refuses this configuration;"
                                + " the platform would save it");
                      } catch (InvalidConfigurationException expected) {
                        assertFalse(expected.path().isBlank(), "the exception names the setting");
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> resultsAreCompleteAndKeepTheExtensionPointsPromises() {
    return scenarios(
        scenario -> {
          PluginContext context = context(scenario);
          R result = call(extension(), scenario.request(), context);
          assertNotNull(result, "the result");
          assertEquals(List.of(), MissingValues.in(result), "values missing from the result");
          checkResult(scenario, result, context);
        });
  }

  @TestFactory
  Stream<DynamicTest> resultsAreDeterministic() {
    return scenarios(
        scenario -> {
          E extension = extension();
          R first = call(extension, scenario.request(), context(scenario));
          R again = call(extension, scenario.request(), context(scenario));
          R fresh = call(extension(), scenario.request(), context(scenario));
          assertEquals(first, again, "the same call twice on one instance");
          assertEquals(first, fresh, "the same call on a fresh instance");
        });
  }

  @Test
  void oneInstanceServesConcurrentCallsAsItServesThemOneAtATime() throws Exception {
    List<Scenario<Q>> scenarios = requireScenarios();
    E shared = extension();
    List<R> expected = new ArrayList<>();
    for (Scenario<Q> scenario : scenarios) {
      expected.add(call(extension(), scenario.request(), context(scenario)));
    }
    int callers = concurrentCallers();
    int callsEach = Math.max(25, scenarios.size() * 3);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<List<String>>> outcomes = new ArrayList<>();
      for (int caller = 0; caller < callers; caller++) {
        int offset = caller;
        Callable<List<String>> calls =
            () -> {
              List<String> wrong = new ArrayList<>();
              start.await();
              for (int i = 0; i < callsEach; i++) {
                int index = (offset + i) % scenarios.size();
                Scenario<Q> scenario = scenarios.get(index);
                try {
                  R result = call(shared, scenario.request(), context(scenario));
                  if (!expected.get(index).equals(result)) {
                    wrong.add(scenario.name() + ": " + result);
                  }
                } catch (RuntimeException e) {
                  wrong.add(scenario.name() + ": " + e);
                }
              }
              return wrong;
            };
        outcomes.add(pool.submit(calls));
      }
      start.countDown();
      List<String> wrong = new ArrayList<>();
      for (Future<List<String>> outcome : outcomes) {
        wrong.addAll(outcome.get(2, TimeUnit.MINUTES));
      }
      assertEquals(List.of(), wrong, "calls that, made concurrently, gave another result");
    } finally {
      pool.shutdownNow();
    }
  }

  @TestFactory
  Stream<DynamicTest> callsStayWithinTheLatencyBudget() {
    return scenarios(
        scenario -> {
          E extension = extension();
          PluginContext context = context(scenario);
          for (int i = 0; i < WARM_UP_CALLS; i++) {
            call(extension, scenario.request(), context);
          }
          long[] nanos = new long[TIMED_CALLS];
          for (int i = 0; i < TIMED_CALLS; i++) {
            long started = System.nanoTime();
            call(extension, scenario.request(), context);
            nanos[i] = System.nanoTime() - started;
          }
          Arrays.sort(nanos);
          Duration p90 = Duration.ofNanos(nanos[(int) Math.ceil(TIMED_CALLS * 0.9) - 1]);
          assertTrue(
              p90.compareTo(latencyBudget()) <= 0,
              "90% of calls must take at most "
                  + latencyBudget().toMillis()
                  + " ms, but took up to "
                  + p90.toMillis()
                  + " ms");
        });
  }

  @TestFactory
  Stream<DynamicTest> badRequestsAreRefusedWithAClearProblem() {
    return badRequests().stream()
        .map(
            scenario ->
                dynamicTest(
                    scenario.name(),
                    () -> {
                      try {
                        R result = call(extension(), scenario.request(), context(scenario));
                        fail("a bad request was served: " + result);
                      } catch (InvalidRequestException expected) {
                        assertNotNull(expected.getMessage(), "the problem has a message");
                        assertFalse(expected.getMessage().isBlank(), "the problem has a message");
                      }
                    }));
  }

  /** The configuration schema the plugin of this extension declares. */
  protected Optional<ConfigurationSchema> schema() {
    return ConfigurationSchema.of(extension().getClass());
  }

  private List<Scenario<Q>> requireScenarios() {
    List<Scenario<Q>> scenarios = scenarios();
    assertFalse(scenarios.isEmpty(), "scenarios() must give at least one scenario");
    return scenarios;
  }

  private Stream<DynamicTest> scenarios(ScenarioCheck<Q> check) {
    return requireScenarios().stream()
        .map(scenario -> dynamicTest(scenario.name(), () -> check.accept(scenario)));
  }

  @FunctionalInterface
  private interface ScenarioCheck<Q> {
    void accept(Scenario<Q> scenario) throws Exception;
  }
}
