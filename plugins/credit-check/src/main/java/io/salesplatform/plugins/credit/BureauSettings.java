package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditRating;
import io.salesplatform.plugin.api.PluginConfiguration;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to ask the tenant's credit bureau and how to read its answer, from the {@code bureau} section
 * of the configuration.
 *
 * @param url the endpoint, with placeholders such as {@code {registrationNumber}} filled from the
 *     request
 * @param method {@code GET}, or {@code POST} with the request as a JSON body
 * @param apiKeyHeader the header the key is sent in
 * @param apiKey the key, or {@code null} to send none
 * @param timeout how long to wait for the answer
 * @param mapping where the answer holds each figure
 */
record BureauSettings(
    String url,
    String method,
    String apiKeyHeader,
    String apiKey,
    Duration timeout,
    Mapping mapping) {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  static final Set<String> PLACEHOLDERS = Set.of("customerId", "registrationNumber", "countryCode");

  /**
   * Where the bureau's answer holds each figure, as JSON Pointers, and how its figures map onto the
   * platform's.
   *
   * @param score the pointer to its score, or {@code null}
   * @param scoreMin the lowest score on its scale
   * @param scoreMax the highest score on its scale
   * @param rating the pointer to its grade, or {@code null}
   * @param ratingMap its grades onto A to E; empty to read A to E as they are
   * @param ratingFloors the least score (0 to 100) for each rating, when the grade is not mapped
   * @param creditLimit the pointer to the limit it recommends, or {@code null}
   * @param reference the pointer to its report's reference, or {@code null}
   */
  record Mapping(
      String score,
      BigDecimal scoreMin,
      BigDecimal scoreMax,
      String rating,
      Map<String, CreditRating> ratingMap,
      Map<CreditRating, Integer> ratingFloors,
      String creditLimit,
      String reference) {}

  static BureauSettings from(PluginConfiguration configuration) {
    PluginConfiguration bureau = configuration.section("bureau");
    String url =
        bureau
            .string("url")
            .orElseThrow(() -> bureau.invalid("url", "the credit bureau's endpoint is required"));
    Matcher placeholders = PLACEHOLDER.matcher(url);
    while (placeholders.find()) {
      if (!PLACEHOLDERS.contains(placeholders.group(1))) {
        throw bureau.invalid(
            "url",
            "{"
                + placeholders.group(1)
                + "} is not one of "
                + PLACEHOLDERS.stream().sorted().toList());
      }
    }
    URI example;
    try {
      example = URI.create(PLACEHOLDER.matcher(url).replaceAll("x"));
    } catch (IllegalArgumentException e) {
      throw bureau.invalid("url", "is not a URL: " + e.getMessage());
    }
    if (!"http".equals(example.getScheme()) && !"https".equals(example.getScheme())) {
      throw bureau.invalid("url", "must be an http or https URL");
    }
    String method = bureau.string("method", "POST");
    if (!method.equals("GET") && !method.equals("POST")) {
      throw bureau.invalid("method", "is GET or POST, not " + method);
    }
    int timeoutMillis = bureau.integer("timeoutMillis", 5000);
    if (timeoutMillis < 100 || timeoutMillis > 60_000) {
      throw bureau.invalid("timeoutMillis", "is between 100 and 60000");
    }
    return new BureauSettings(
        url,
        method,
        bureau.string("apiKeyHeader", "X-API-Key"),
        bureau.string("apiKey").orElse(null),
        Duration.ofMillis(timeoutMillis),
        mapping(bureau));
  }

  private static Mapping mapping(PluginConfiguration bureau) {
    PluginConfiguration response = bureau.section("response");
    String score = pointer(response, "score");
    String rating = pointer(response, "rating");
    if (score == null && rating == null) {
      throw response.invalid("score", "the answer must be read for a score, a rating, or both");
    }
    PluginConfiguration range = response.section("scoreRange");
    BigDecimal min = range.decimal("min", BigDecimal.ZERO);
    BigDecimal max = range.decimal("max", BigDecimal.valueOf(100));
    if (min.compareTo(max) >= 0) {
      throw range.invalid("max", "must be above min");
    }
    PluginConfiguration mapSection = response.section("ratingMap");
    Map<String, CreditRating> ratingMap = new LinkedHashMap<>();
    for (String grade : mapSection.values().keySet()) {
      String target = mapSection.string(grade, "");
      try {
        ratingMap.put(grade, CreditRating.valueOf(target));
      } catch (IllegalArgumentException e) {
        throw mapSection.invalid(grade, "maps onto A, B, C, D or E, not '" + target + "'");
      }
    }
    Map<CreditRating, Integer> floors =
        response.has("ratingFloors")
            ? Scorecard.ratingFloors(response, "ratingFloors")
            : new EnumMap<>(Scorecard.DEFAULT_FLOORS);
    return new Mapping(
        score,
        min,
        max,
        rating,
        Map.copyOf(ratingMap),
        Map.copyOf(floors),
        pointer(response, "creditLimit"),
        pointer(response, "reference"));
  }

  private static String pointer(PluginConfiguration section, String key) {
    String pointer = section.string(key).orElse(null);
    if (pointer != null && !pointer.startsWith("/")) {
      throw section.invalid(key, "a JSON Pointer starts with /, such as /report/score");
    }
    return pointer;
  }
}
