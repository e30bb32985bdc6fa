package io.salesplatform.plugins.credit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A credit bureau on a local port, answering as a test tells it: a status, a body, and how long it
 * takes. It keeps every request it was sent.
 */
final class StubBureau implements AutoCloseable {

  /**
   * What the bureau answers.
   *
   * @param status the HTTP status
   * @param body the body, sent as JSON
   * @param delayMillis how long it waits before answering
   */
  record Answer(int status, String body, long delayMillis) {

    static Answer ok(String body) {
      return new Answer(200, body, 0);
    }
  }

  /**
   * A request as the bureau received it.
   *
   * @param method the HTTP method
   * @param path the raw path, still encoded
   * @param headers the headers, names in lower case
   * @param body the body
   */
  record Received(String method, String path, Map<String, List<String>> headers, String body) {

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Function<Received, Answer> answers = request -> Answer.ok("{}");

  StubBureau() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(
        Executors.newFixedThreadPool(
            8,
            runnable -> {
              Thread thread = new Thread(runnable, "stub-bureau");
              thread.setDaemon(true);
              return thread;
            }));
    server.createContext("/", this::serve);
    server.start();
  }

  /** The base URL, such as {@code http://127.0.0.1:40123}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void answer(Answer answer) {
    answers = request -> answer;
  }

  void answer(Function<Received, Answer> byRequest) {
    answers = byRequest;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  void forget() {
    received.clear();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, List<String>> headers = new java.util.HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
      Received request =
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              headers,
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      received.add(request);
      Answer answer = answers.apply(request);
      if (answer.delayMillis() > 0) {
        try {
          Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      // The client gave up (a timeout under test); nothing to answer.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
