package io.salesplatform.devstack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The whole platform on this machine: started in order, stopped in reverse. */
public final class Stack implements AutoCloseable {

  private final StackSettings settings;
  private final List<AutoCloseable> started = new ArrayList<>();
  private Postgres postgres;
  private KeycloakServer keycloak;
  private IdentityAdmin identity;
  private List<DeclaredCompanies.Company> declared = List.of();
  private String databaseUrl;

  private Stack(StackSettings settings) {
    this.settings = settings;
  }

  /** Starts everything and seeds the demo tenant; on failure, stops what had started. */
  public static Stack start(StackSettings settings, Map<String, String> platformSettings)
      throws Exception {
    return start(settings, platformSettings, true);
  }

  /** Starts everything, with or without the demo tenant. */
  public static Stack start(
      StackSettings settings, Map<String, String> platformSettings, boolean seedDemo)
      throws Exception {
    Stack stack = new Stack(settings);
    try {
      Postgres postgres = stack.track(Postgres.start(settings));
      stack.postgres = postgres;
      stack.databaseUrl = postgres.jdbcUrl(Postgres.DATABASE);
      log("PostgreSQL on port " + settings.postgresPort());
      stack.keycloak = stack.track(KeycloakServer.start(settings, postgres));
      log("Keycloak on " + settings.keycloakUrl());
      stack.identity = stack.track(new IdentityAdmin(settings));
      Realms.ensure(stack.identity.keycloak(), settings);
      stack.track(PlatformServer.start(settings, postgres, platformSettings));
      log("platform on " + settings.platformUrl());
      if (seedDemo) {
        DemoTenant.ensure(stack.api(), stack.identity);
        stack.declared = DeclaredCompanies.ensure(stack.api(), stack.identity);
        log("demo tenant and " + stack.declared.size() + " declared companies ready");
      }
      return stack;
    } catch (Exception e) {
      stack.close();
      throw e;
    }
  }

  public StackSettings settings() {
    return settings;
  }

  public PlatformApi api() {
    return new PlatformApi(settings.platformUrl(), settings.keycloakUrl());
  }

  /** The companies declared in files, with their admins. */
  public List<DeclaredCompanies.Company> declared() {
    return declared;
  }

  /** The JDBC URL of the platform's database, for tests that look beneath the API. */
  public String databaseUrl() {
    return databaseUrl;
  }

  public IdentityAdmin identity() {
    return identity;
  }

  /** Stops Keycloak and starts it again on the same data; how long it took to be ready. */
  public Duration restartKeycloak() throws IOException, InterruptedException {
    int place = started.indexOf(keycloak);
    keycloak.close();
    Instant begin = Instant.now();
    keycloak = KeycloakServer.start(settings, postgres);
    Duration took = Duration.between(begin, Instant.now());
    started.set(place, keycloak);
    return took;
  }

  private <T extends AutoCloseable> T track(T component) {
    started.add(component);
    return component;
  }

  private static void log(String line) {
    System.out.println("devstack: " + line);
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      try {
        started.remove(started.size() - 1).close();
      } catch (Exception e) {
        System.err.println("devstack: stopping failed: " + e);
      }
    }
  }
}
