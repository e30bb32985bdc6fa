package io.salesplatform.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemporaryPasswordTest {

  @Test
  void everyTemporaryPasswordHasADigitAndBothCases() {
    for (int i = 0; i < 2000; i++) {
      String password = IdentityDirectory.temporaryPassword();
      assertThat(password).hasSize(16).containsPattern("[0-9]").containsPattern("[A-Z]");
      assertThat(password).containsPattern("[a-z]");
    }
  }
}
