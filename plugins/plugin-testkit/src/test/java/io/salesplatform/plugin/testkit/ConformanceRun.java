package io.salesplatform.plugin.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a conformance test class through the JUnit platform and records what failed. */
record ConformanceRun(int succeeded, List<Failure> failures) {

  /**
   * One failed test.
   *
   * @param test the test method, for a dynamic test the factory method
   * @param message why it failed
   */
  record Failure(String test, String message) {}

  static ConformanceRun of(Class<?> testClass) {
    List<Failure> failures = new ArrayList<>();
    int[] succeeded = {0};
    Launcher launcher = LauncherFactory.create();
    TestExecutionListener listener =
        new TestExecutionListener() {
          private TestPlan plan;

          @Override
          public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
          }

          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
              return;
            }
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
              succeeded[0]++;
            } else {
              failures.add(
                  new Failure(
                      methodOf(test, plan), result.getThrowable().map(String::valueOf).orElse("")));
            }
          }
        };
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
        listener);
    return new ConformanceRun(succeeded[0], failures);
  }

  List<String> failedTests() {
    return failures.stream().map(Failure::test).distinct().toList();
  }

  private static String methodOf(TestIdentifier test, TestPlan plan) {
    TestIdentifier current = test;
    while (current != null) {
      if (current.getSource().orElse(null) instanceof MethodSource method) {
        return method.getMethodName();
      }
      current = plan.getParent(current).orElse(null);
    }
    return test.getDisplayName();
  }
}
