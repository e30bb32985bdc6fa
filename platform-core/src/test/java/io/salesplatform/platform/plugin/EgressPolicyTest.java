package io.salesplatform.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EgressPolicyTest {

  private static final Map<String, String> DNS =
      Map.of(
          "bureau.example", "203.0.113.10",
          "rebound.example", "10.1.2.3",
          "metadata.example", "169.254.169.254",
          "stub.internal", "127.0.0.1",
          "other.example", "203.0.113.11",
          "localhost", "127.0.0.1");

  private static final EgressPolicy.Resolver RESOLVER =
      host -> {
        String address = DNS.get(host);
        if (address == null && host.matches("[0-9.:a-f]+")) {
          address = host;
        }
        if (address == null) {
          throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
      };

  private static EgressPolicy policy(String allowed, String internal) {
    return EgressPolicy.of(allowed, internal, Duration.ofSeconds(3), 1024, 2);
  }

  private static String refusal(EgressPolicy policy, String uri) {
    return policy.refusal(URI.create(uri), RESOLVER);
  }

  @Test
  void onlyListedDestinationsAreAllowedByHostOrHostAndPort() {
    EgressPolicy policy = policy("bureau.example, other.example:8443", null);

    assertThat(refusal(policy, "https://bureau.example/v2/report")).isNull();
    assertThat(refusal(policy, "http://bureau.example:8080/v2/report")).isNull();
    assertThat(refusal(policy, "https://other.example:8443/x")).isNull();
    assertThat(refusal(policy, "https://other.example/x"))
        .contains("other.example:443 is not among the destinations");
    assertThat(refusal(policy, "https://evil.example/x")).contains("evil.example:443");
    assertThat(refusal(policy, "ftp://bureau.example/x")).contains("only http and https");
  }

  @Test
  void nothingIsAllowedWhenNothingIsConfiguredAndEverythingPublicWithAStar() {
    assertThat(refusal(policy(null, null), "https://bureau.example/")).isNotNull();
    assertThat(refusal(policy("*", null), "https://bureau.example/")).isNull();
    assertThat(refusal(policy("*", null), "https://unknown.example/")).contains("unknown");
  }

  @Test
  void internalAddressesAreRefusedEvenWhenAllowedUnlessListedAsInternal() {
    EgressPolicy policy = policy("*", null);

    assertThat(refusal(policy, "http://127.0.0.1:8080/")).contains("internal address 127.0.0.1");
    assertThat(refusal(policy, "http://localhost/")).contains("internal address");
    assertThat(refusal(policy, "http://169.254.169.254/latest/meta-data"))
        .contains("internal address 169.254.169.254");
    assertThat(refusal(policy, "http://metadata.example/")).contains("169.254.169.254");
    assertThat(refusal(policy, "http://rebound.example/")).contains("10.1.2.3");
    assertThat(refusal(policy, "http://192.168.1.1/")).contains("internal");
    assertThat(refusal(policy, "http://[::1]:9000/")).contains("internal");
    assertThat(refusal(policy, "http://[fd00::1]/")).contains("internal");
    assertThat(refusal(policy, "http://100.64.0.1/")).contains("internal");
    assertThat(refusal(policy, "http://0.0.0.0/")).contains("internal");

    EgressPolicy stub = policy("stub.internal:8089", "stub.internal:8089");
    assertThat(refusal(stub, "http://stub.internal:8089/score")).isNull();
    assertThat(refusal(stub, "http://stub.internal:8090/score")).contains("not among");
  }

  @Test
  void aRequestsTimeoutIsCutToTheCap() {
    EgressPolicy policy = policy("*", null);

    assertThat(policy.timeout(Optional.empty())).isEqualTo(Duration.ofSeconds(3));
    assertThat(policy.timeout(Optional.of(Duration.ofSeconds(30))))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(policy.timeout(Optional.of(Duration.ofMillis(500))))
        .isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void theRateIsKeptPerKeyAndRefillsOverTime() {
    AtomicLong now = new AtomicLong();
    EgressRates rates = new EgressRates(2, now::get);

    assertThat(rates.tryTake("a|p")).isTrue();
    assertThat(rates.tryTake("a|p")).isTrue();
    assertThat(rates.tryTake("a|p")).isFalse();
    assertThat(rates.tryTake("b|p")).isTrue();
    now.addAndGet(500_000_000L);
    assertThat(rates.tryTake("a|p")).isTrue();
    assertThat(rates.tryTake("a|p")).isFalse();
    now.addAndGet(10_000_000_000L);
    assertThat(rates.tryTake("a|p")).isTrue();
    assertThat(rates.tryTake("a|p")).isTrue();
    assertThat(rates.tryTake("a|p")).isFalse();
  }
}
