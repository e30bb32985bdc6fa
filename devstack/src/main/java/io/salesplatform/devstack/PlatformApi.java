package io.salesplatform.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The platform's REST API and the realms' token endpoints, as a script would use them. */
public final class PlatformApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String platformUrl;
  private final String keycloakUrl;

  public PlatformApi(String platformUrl, String keycloakUrl) {
    this.platformUrl = platformUrl;
    this.keycloakUrl = keycloakUrl;
  }

  /** An answer: status, headers and the body as JSON (a missing node when the body is empty). */
  public record Answer(int status, HttpResponse<String> raw, JsonNode json) {

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }
  }

  /** An access token from a realm's {@code sales-cli} client, by the password grant. */
  public String token(String realm, String username, String password) throws IOException {
    Answer answer =
        form(
            keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token",
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "sales-cli",
                "username",
                username,
                "password",
                password));
    if (answer.status() != 200) {
      throw new IOException(
          "no token for "
              + username
              + " in "
              + realm
              + ": "
              + answer.status()
              + " "
              + answer.raw().body());
    }
    return answer.json().get("access_token").asText();
  }

  public Answer form(String url, Map<String, String> fields) throws IOException {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Answer get(String path, String token) throws IOException {
    return send(authorized(HttpRequest.newBuilder(uri(path)).GET(), token));
  }

  public Answer post(String path, String token, String jsonBody) throws IOException {
    return send(
        authorized(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)),
            token));
  }

  public Answer post(String path, String token, Object body) throws IOException {
    return post(path, token, JSON.writeValueAsString(body));
  }

  /** Any method; a body, when given, is sent as JSON. */
  public Answer call(String method, String path, String token, String jsonBody) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    return send(authorized(request, token));
  }

  /**
   * Any method with a body of any media type and extra headers, such as {@code Idempotency-Key} or
   * {@code If-Match}; {@code body} may be {@code null} for none.
   */
  public Answer call(
      String method,
      String path,
      String token,
      String contentType,
      String body,
      Map<String, String> headers)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    return send(authorized(request, token));
  }

  /** A POST whose body is {@code bytes} of {@code contentType}, such as a plugin jar. */
  public Answer postBytes(String path, String token, String contentType, byte[] bytes)
      throws IOException {
    return send(
        authorized(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)),
            token));
  }

  public Answer put(String path, String token, String jsonBody) throws IOException {
    return call("PUT", path, token, jsonBody);
  }

  /** PUT with a body written as JSON. */
  public Answer put(String path, String token, Object body) throws IOException {
    return put(path, token, JSON.writeValueAsString(body));
  }

  public Answer send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode json =
          response.body() == null || response.body().isBlank()
              ? JSON.missingNode()
              : parse(response.body());
      return new Answer(response.statusCode(), response, json);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return JSON.missingNode();
    }
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : platformUrl + path);
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
