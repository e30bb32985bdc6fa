package io.salesplatform.devstack;

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
  static final Map<String, String> PLATFORM_SETTINGS = Map.of("PLATFORM_AUTH_CLOCK_SKEW", "PT1S");

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
      Path dist = Path.of(System.getProperty("devstack.dist", "target/dist"));
      Path work = Path.of(System.getProperty("devstack.work", "target/stack"));
      try {
        return new Running(
            Stack.start(
                StackSettings.throwaway(work.toAbsolutePath(), dist.toAbsolutePath()),
                PLATFORM_SETTINGS));
      } catch (Exception e) {
        throw new IllegalStateException("the deployed stack did not start: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      stack.close();
    }
  }
}
