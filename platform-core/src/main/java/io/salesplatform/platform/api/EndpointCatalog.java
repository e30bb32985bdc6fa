package io.salesplatform.platform.api;

import io.salesplatform.platform.security.AccessRule;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every endpoint of the REST API with the rule that guards it, read from the resource classes
 * themselves: the source of the permission documentation and of the authorization and isolation
 * matrices, so that a new endpoint is covered without anyone listing it.
 */
public final class EndpointCatalog {

  private EndpointCatalog() {}

  /**
   * One endpoint.
   *
   * @param method the HTTP method
   * @param path the full path, such as {@code /api/t/{tenant}/settings}
   * @param access who may call it: PUBLIC, SIGNED_IN, ROLES, PERMISSION or NO_ONE
   * @param requires the roles, or the one permission, it requires
   */
  public record Endpoint(String method, String path, String access, List<String> requires) {}

  public static List<Endpoint> of(Set<Class<?>> classes) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> resource : classes) {
      Path classPath = resource.getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method method : resource.getMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        Path methodPath = method.getAnnotation(Path.class);
        AccessRule rule = AccessRule.of(method, resource);
        endpoints.add(
            new Endpoint(
                verb,
                join("/api", classPath.value(), methodPath == null ? "" : methodPath.value()),
                rule.kind().name(),
                rule.requires().stream().sorted().toList()));
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    return endpoints;
  }

  private static String verb(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String join(String... parts) {
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      String trimmed = part.replaceAll("^/+|/+$", "");
      if (!trimmed.isEmpty()) {
        path.append('/').append(trimmed);
      }
    }
    return path.toString();
  }
}
