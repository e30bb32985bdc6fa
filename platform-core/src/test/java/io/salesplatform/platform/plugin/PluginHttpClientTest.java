package io.salesplatform.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client a plugin gets, against a real local server the tests allow as internal. */
class PluginHttpClientTest {

  private HttpServer server;
  private final AtomicInteger served = new AtomicInteger();
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/small",
        exchange -> {
          served.incrementAndGet();
          byte[] body = "{\"score\":700}".getBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/large",
        exchange -> {
          served.incrementAndGet();
          exchange.sendResponseHeaders(200, 0); // chunked: no length declared
          byte[] chunk = new byte[512];
          for (int i = 0; i < 8; i++) {
            exchange.getResponseBody().write(chunk);
            exchange.getResponseBody().flush();
          }
          exchange.close();
        });
    server.createContext(
        "/slow",
        exchange -> {
          served.incrementAndGet();
          try {
            Thread.sleep(6_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private PluginHttpClient client(String allowed, String internal, int perSecond) {
    EgressPolicy policy =
        EgressPolicy.of(allowed, internal, Duration.ofMillis(1500), 1024, perSecond);
    return new PluginHttpClient(
        HttpClient.newHttpClient(),
        policy,
        InetAddress::getAllByName,
        new EgressRates(perSecond, () -> 0L), // time stands still: no refill
        "tenant|plugin");
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
  }

  @Test
  void anAllowedInternalDestinationIsServed() throws Exception {
    String self = "127.0.0.1:" + server.getAddress().getPort();
    PluginHttpClient client = client(self, self, 5);

    HttpResponse<String> answer = client.send(get("/small"), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.body()).isEqualTo("{\"score\":700}");
    assertThat(client.refusal()).isEmpty();
  }

  @Test
  void aLoopbackDestinationNotListedAsInternalIsRefusedBeforeAnythingIsSent() {
    PluginHttpClient client = client("*", null, 5);

    assertThatThrownBy(() -> client.send(get("/small"), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(EgressRefusedException.class)
        .hasMessageContaining("internal address 127.0.0.1");
    ExecutionException async =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class,
            () -> client.sendAsync(get("/small"), HttpResponse.BodyHandlers.ofString()).get());
    assertThat(async.getCause()).isInstanceOf(EgressRefusedException.class);
    assertThat(served).hasValue(0);
    assertThat(client.refusal())
        .get()
        .extracting(EgressRefusedException::retryLater)
        .isEqualTo(false);
  }

  @Test
  void aResponseBeyondTheSizeCapFailsTheExchange() {
    String self = "127.0.0.1:" + server.getAddress().getPort();
    PluginHttpClient client = client(self, self, 5);

    assertThatThrownBy(() -> client.send(get("/large"), HttpResponse.BodyHandlers.ofByteArray()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("larger than 1024 bytes");
    assertThat(client.refusal()).isPresent();
  }

  @Test
  void aLongerTimeoutThanTheCapIsCut() {
    String self = "127.0.0.1:" + server.getAddress().getPort();
    PluginHttpClient client = client(self, self, 5);
    long started = System.nanoTime();

    assertThatThrownBy(() -> client.send(get("/slow"), HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(5000));
  }

  @Test
  void requestsBeyondTheRateAreRefusedForNow() throws Exception {
    String self = "127.0.0.1:" + server.getAddress().getPort();
    PluginHttpClient client = client(self, self, 2);

    client.send(get("/small"), HttpResponse.BodyHandlers.discarding());
    client.send(get("/small"), HttpResponse.BodyHandlers.discarding());
    assertThatThrownBy(() -> client.send(get("/small"), HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(EgressRefusedException.class)
        .hasMessageContaining("more than 2 outbound requests a second");
    assertThat(served).hasValue(2);
    assertThat(client.refusal())
        .get()
        .extracting(EgressRefusedException::retryLater)
        .isEqualTo(true);
  }
}
