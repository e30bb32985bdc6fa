package io.salesplatform.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"qa", "auditor-lite", "key-account-2", "a1"})
  void lowerCaseLettersDigitsAndHyphensStartingWithALetterAreNames(String name) {
    assertThat(RoleName.problem(name)).isEmpty();
    assertThat(new RoleName(name).value()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Auditor", "auditor lite", "auditor_lite", "2fa", "-x", "é-role", "a/b"})
  void anythingElseIsRefusedWithTheRule(String name) {
    assertThat(RoleName.problem(name)).hasValueSatisfying(p -> assertThat(p).contains("letters"));
  }

  @Test
  void aNameHasTwoToFortyCharacters() {
    assertThat(RoleName.problem("a")).hasValueSatisfying(p -> assertThat(p).contains("2 to 40"));
    assertThat(RoleName.problem("a".repeat(40))).isEmpty();
    assertThat(RoleName.problem("a".repeat(41))).isPresent();
    assertThat(RoleName.problem("")).contains("a name is required");
    assertThat(RoleName.problem(null)).contains("a name is required");
  }

  @Test
  void noCustomRoleTakesAStandardRolesName() {
    for (String standard : TenantRole.ids()) {
      assertThat(RoleName.problem(standard))
          .hasValueSatisfying(p -> assertThat(p).contains("standard role"));
    }
    assertThatThrownBy(() -> new RoleName("sales-rep"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
