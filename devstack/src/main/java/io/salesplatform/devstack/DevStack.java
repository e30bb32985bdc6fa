package io.salesplatform.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The Run command's entry point: starts the stack, says where to go, runs until Ctrl-C. */
public final class DevStack {

  private DevStack() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    StackSettings settings = StackSettings.fromEnvironment(jar.getParent().resolve("dist"));
    System.out.println(
        "devstack: starting in " + settings.home() + " (first start takes a few minutes)");
    boolean demo = !"false".equalsIgnoreCase(System.getenv("DEVSTACK_DEMO"));
    Stack stack = Stack.start(settings, Map.of(), demo);
    if (demo && DemoSales.ensureDemo(stack.api())) {
      System.out.println("devstack: demo sales made (customers, pipeline, a signed deal, goals)");
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("devstack: stopping");
                  stack.close();
                }));
    System.out.println(banner(settings, stack.declared()));
    System.out.println("READY " + settings.platformUrl());
    Thread.currentThread().join();
  }

  private static String banner(StackSettings settings, List<DeclaredCompanies.Company> declared) {
    StringBuilder people = new StringBuilder();
    for (DemoTenant.DemoPerson person : DemoTenant.PEOPLE) {
      people.append(
          String.format(
              "      %-15s / %-5s  %s%n",
              person.username(), DemoTenant.PASSWORD, person.role().id()));
    }
    return String.join(
        "\n",
        "",
        "Sales platform is running.",
        "  Platform      "
            + settings.platformUrl()
            + "   (API under /api, OpenAPI at /openapi, health at /health)",
        "  Keycloak      "
            + settings.keycloakUrl()
            + "   (admin console: admin / "
            + settings.secrets().keycloakAdminPassword()
            + ")",
        "  PostgreSQL    localhost:"
            + settings.postgresPort()
            + "   (database sales; data in "
            + settings.home().resolve("postgres")
            + ")",
        "  Logs          " + settings.logs(),
        "",
        "  Operator (realm platform):   operator / operator",
        "  Demo tenant 'demo' (realm sales):",
        people.toString(),
        "  Companies declared in files (" + settings.dist().resolve("tenants") + "):",
        declared.stream()
            .map(
                c ->
                    String.format(
                        "      %-20s admin %s / %s", c.slug(), c.admin(), DemoTenant.PASSWORD))
            .collect(java.util.stream.Collectors.joining("\n")),
        "",
        "  A token for scripts:",
        "    curl -s -d grant_type=password -d client_id=sales-cli -d username=demo-admin -d password=demo \\",
        "      " + settings.keycloakUrl() + "/realms/sales/protocol/openid-connect/token",
        "");
  }
}
