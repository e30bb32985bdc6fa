package io.salesplatform.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One throwaway stack for all deployed tests of a run: PostgreSQL, Keycloak and the platform's uber
 * jar on free ports, started by the same launcher as the devstack and stopped when the run ends.
 * Tests receive it as a {@link Stack} parameter.
 */
public class DeployedStack implements BeforeAllCallback, ParameterResolver {

  /** A clock skew of one second, so the expiry test need not wait the production default. */
  static final String CLOCK_SKEW = "PT1S";

  /** How long the platform waits for a plugin, shorter than its default so a hang test is quick. */
  static final String PLUGIN_CALL_TIMEOUT = "PT2S";

  /** The largest plugin jar the test platform takes, small so that a test can exceed it. */
  static final long MAX_PLUGIN_UPLOAD = 4L * 1024 * 1024;

  /** A declaration file with errors, beside the valid examples: it must stop nothing else. */
  static final String BROKEN_DECLARATION = "broken-company.yaml";

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    stack(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Stack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return stack(context);
  }

  private static Stack stack(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class)
        .stack();
  }

  /** The running stack, closed by JUnit when the whole run ends. */
  record Running(Stack stack) implements ExtensionContext.Store.CloseableResource {

    static Running start() {
      Path dist = Path.of(System.getProperty("devstack.dist", "target/dist")).toAbsolutePath();
      Path work = Path.of(System.getProperty("devstack.work", "target/stack")).toAbsolutePath();
      try {
        Path declarations = declarations(dist, work);
        Path plugins = plugins(dist, work);
        return new Running(
            Stack.start(
                StackSettings.throwaway(work, dist),
                Map.of(
                    "PLATFORM_AUTH_CLOCK_SKEW",
                    CLOCK_SKEW,
                    "PLATFORM_TENANTS_DIR",
                    declarations.toString(),
                    "PLATFORM_PLUGINS_DIR",
                    plugins.toString(),
                    "PLATFORM_PLUGINS_CALL_TIMEOUT",
                    PLUGIN_CALL_TIMEOUT,
                    "PLATFORM_PLUGINS_MAX_UPLOAD_SIZE",
                    String.valueOf(MAX_PLUGIN_UPLOAD),
                    // plugins may reach the services the tests stub on localhost, nothing else
                    "PLATFORM_PLUGINS_EGRESS_ALLOWED_HOSTS",
                    "localhost",
                    "PLATFORM_PLUGINS_EGRESS_INTERNAL_HOSTS",
                    "localhost")));
      } catch (Exception e) {
        throw new IllegalStateException("the deployed stack did not start: " + e.getMessage(), e);
      }
    }

    /**
     * The plugins the devstack ships, plus a newer version of the pricing plugin beside its own, so
     * that tenants can be pinned to either, and the misbehaving plugin the build made for the
     * tests; in a folder the tests may add jars to.
     */
    private static Path plugins(Path dist, Path work) throws IOException {
      Path folder = work.resolve("plugins");
      Folders.deleteTree(folder);
      Files.createDirectories(folder);
      try (var shipped = Files.list(dist.resolve("plugins"))) {
        for (Path jar : shipped.toList()) {
          Files.copy(jar, folder.resolve(jar.getFileName()));
        }
      }
      Path testPlugins =
          Path.of(System.getProperty("devstack.test-plugins", "target/test-plugins"));
      try (var misbehaving = Files.list(testPlugins)) {
        for (Path jar : misbehaving.toList()) {
          Files.copy(jar, folder.resolve(jar.getFileName()));
        }
      }
      PluginJars.withManifest(
          PluginJars.built(dist.resolve("plugins"), "pricing-policy"),
          folder.resolve("pricing-policy-" + PluginJars.NEWER_PRICING_VERSION + ".jar"),
          java.util.Map.of("Plugin-Version", PluginJars.NEWER_PRICING_VERSION));
      return folder;
    }

    /** The example declarations plus a broken one, in a folder the tests may add files to. */
    private static Path declarations(Path dist, Path work) throws IOException {
      Path folder = work.resolve("tenants");
      Folders.deleteTree(folder);
      Files.createDirectories(folder);
      try (var examples = Files.list(dist.resolve("tenants"))) {
        for (Path example : examples.toList()) {
          Files.copy(example, folder.resolve(example.getFileName()));
        }
      }
      Files.writeString(
          folder.resolve(BROKEN_DECLARATION),
          String.join(
              "\n",
              "slug: broken-company",
              "name: Broken Company",
              "admin:",
              "  email: admin@broken.example",
              "  name: Bea Broken",
              "settings:",
              "  appraisal:",
              "    weights:",
              "      salesRevenue: 70",
              "      customerSatisfaction: 20",
              "      newCustomers: 20",
              "      contractFulfilment: 10",
              "      teamCollaboration: 10",
              ""));
      return folder;
    }

    @Override
    public void close() {
      stack.close();
    }
  }
}
