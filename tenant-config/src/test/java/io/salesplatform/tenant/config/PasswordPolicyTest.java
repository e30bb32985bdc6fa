package io.salesplatform.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void takesRulesJoinedByAnd() {
    assertThat(PasswordPolicy.problem("length(12) and digits(1) and notUsername")).isEmpty();
    assertThat(PasswordPolicy.problem("length(8)")).isEmpty();
    assertThat(PasswordPolicy.problem("notEmail(undefined) and regexPattern(^[a-z].*)")).isEmpty();
    assertThat(PasswordPolicy.problem(null)).isEmpty();
  }

  @Test
  void namesAnUnknownRule() {
    assertThat(PasswordPolicy.problem("length(12) and strongEnough"))
        .hasValueSatisfying(p -> assertThat(p).contains("unknown rule 'strongEnough'", "length"));
  }

  @Test
  void checksArguments() {
    assertThat(PasswordPolicy.problem("length(twelve)"))
        .hasValueSatisfying(p -> assertThat(p).contains("whole number", "twelve"));
    assertThat(PasswordPolicy.problem("notUsername(3)"))
        .hasValueSatisfying(p -> assertThat(p).contains("takes no argument"));
    assertThat(PasswordPolicy.problem("regexPattern()"))
        .hasValueSatisfying(p -> assertThat(p).contains("needs an argument"));
  }

  @Test
  void refusesWhatIsNotARule() {
    assertThat(PasswordPolicy.problem("length(12) and")).isPresent();
    assertThat(PasswordPolicy.problem("length(12), digits(1)")).isPresent();
  }
}
