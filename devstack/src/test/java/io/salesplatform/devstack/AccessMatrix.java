package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every tenant endpoint of the platform's endpoint catalog, probed with one caller's token and held
 * against the permissions that caller should have: 403 exactly where an endpoint needs a permission
 * outside them.
 */
final class AccessMatrix {

  private final Tenants tenants;
  private final List<JsonNode> endpoints = new ArrayList<>();

  AccessMatrix(Stack stack) throws IOException {
    this.tenants = new Tenants(stack);
    for (JsonNode endpoint :
        stack.api().get("/api/platform/endpoints", tenants.operatorToken()).json()) {
      if (endpoint.get("path").asText().startsWith("/api/t/{tenant}")) {
        endpoints.add(endpoint);
      }
    }
    assertThat(endpoints).as("tenant endpoints in the catalog").hasSizeGreaterThan(10);
  }

  /** How many tenant endpoints the catalog lists. */
  int size() {
    return endpoints.size();
  }

  /**
   * The endpoints where {@code token} is refused though {@code permissions} allow them, or let
   * through though they do not, each described; empty when the answers are as they should be.
   *
   * @param ids a real value for each path parameter, such as {@code {tenant}}
   */
  List<String> mismatches(
      String who, String token, Set<String> permissions, Map<String, String> ids)
      throws IOException {
    List<String> wrong = new ArrayList<>();
    for (JsonNode endpoint : endpoints) {
      String method = endpoint.get("method").asText();
      String path = endpoint.get("path").asText();
      for (Map.Entry<String, String> id : ids.entrySet()) {
        path = path.replace(id.getKey(), id.getValue());
      }
      assertThat(path).as("a path parameter the matrix has no id for").doesNotContain("{");
      String access = endpoint.get("access").asText();
      boolean allowed =
          access.equals("SIGNED_IN")
              || (access.equals("PERMISSION")
                  && permissions.contains(endpoint.get("requires").get(0).asText()));
      int status = tenants.probe(method, path, token).status();
      if (allowed == (status == 403)) {
        wrong.add(
            who
                + " "
                + method
                + " "
                + path
                + " -> "
                + status
                + " (expected "
                + (allowed ? "not 403" : "403")
                + ")");
      }
    }
    return wrong;
  }
}
