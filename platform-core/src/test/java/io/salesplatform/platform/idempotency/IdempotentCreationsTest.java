package io.salesplatform.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotentCreationsTest {

  @Test
  void theSameOperationAndBodyHaveTheSameFingerprint() {
    assertThat(IdempotentCreations.fingerprint("POST customers/import", "name\r\nAcme"))
        .isEqualTo(IdempotentCreations.fingerprint("POST customers/import", "name\r\nAcme"))
        .hasSize(64);
  }

  @Test
  void anotherBodyOrAnotherOperationHasAnother() {
    String first = IdempotentCreations.fingerprint("POST customers/import", "name\r\nAcme");
    assertThat(IdempotentCreations.fingerprint("POST customers/import", "name\r\nAcne"))
        .isNotEqualTo(first);
    assertThat(IdempotentCreations.fingerprint("POST products/import", "name\r\nAcme"))
        .isNotEqualTo(first);
    // the operation and the body cannot be shifted into each other
    assertThat(IdempotentCreations.fingerprint("POST a", "b\nc"))
        .isNotEqualTo(IdempotentCreations.fingerprint("POST a\nb", "c"));
  }
}
