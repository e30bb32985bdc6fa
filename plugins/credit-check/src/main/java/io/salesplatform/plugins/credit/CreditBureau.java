package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.CreditRating;
import io.salesplatform.plugin.api.ExternalServiceException;
import io.salesplatform.plugin.api.ExternalServiceException.Failure;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import org.pf4j.Extension;

/**
 * Asks the tenant's credit bureau over HTTP and decides from its answer: its grade (mapped onto A
 * to E) or its score (scaled to 0 to 100 and rated like the scorecard), and the limit it
 * recommends, or else the limit the tenant granted. The policy then decides as for the scorecard.
 *
 * <p>A bureau that does not answer in time, answers with an error or answers something the
 * configuration cannot read makes the check fail with an {@link ExternalServiceException}: nothing
 * is decided on a guess. The API key never appears in a message or a log line.
 */
@Extension
public class CreditBureau implements CreditCheckProvider {

  static final String NAME = "credit-bureau";

  /** The most of an answer that is read; a bureau's report is far smaller. */
  static final int MAX_ANSWER_BYTES = 1 << 20;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void checkConfiguration(PluginConfiguration configuration) {
    CreditPolicy.from(configuration);
    BureauSettings.from(configuration);
  }

  @Override
  public CreditDecision check(CreditCheckRequest request, PluginContext context) {
    CreditPolicy policy = CreditPolicy.from(context.configuration());
    BureauSettings bureau = BureauSettings.from(context.configuration());
    URI uri = uri(bureau.url(), request);
    String service = uri.getHost();
    Object answer = ask(bureau, uri, request, context);
    BureauSettings.Mapping mapping = bureau.mapping();

    Integer score = null;
    if (mapping.score() != null) {
      BigDecimal raw = number(answer, mapping.score(), service);
      if (raw.compareTo(mapping.scoreMin()) < 0 || raw.compareTo(mapping.scoreMax()) > 0) {
        throw malformed(
            service,
            "its score "
                + raw.toPlainString()
                + " at "
                + mapping.score()
                + " is off the configured scale "
                + mapping.scoreMin().toPlainString()
                + " to "
                + mapping.scoreMax().toPlainString());
      }
      score =
          raw.subtract(mapping.scoreMin())
              .movePointRight(2)
              .divide(mapping.scoreMax().subtract(mapping.scoreMin()), 0, RoundingMode.HALF_UP)
              .intValueExact();
    }
    CreditRating rating =
        mapping.rating() != null
            ? rating(text(answer, mapping.rating(), service), mapping, service)
            : Scorecard.rating(score, mapping.ratingFloors());
    Money limit = policy.baseLimit(request);
    if (mapping.creditLimit() != null) {
      BigDecimal recommended = number(answer, mapping.creditLimit(), service);
      if (recommended.signum() < 0) {
        throw malformed(service, "its credit limit at " + mapping.creditLimit() + " is negative");
      }
      limit = Money.of(recommended, request.currency());
    }
    String reference =
        mapping.reference() == null ? null : optionalText(answer, mapping.reference());
    String source =
        "Credit bureau "
            + service
            + ": rating "
            + rating
            + (score == null ? "" : ", score " + score + " of 100")
            + (reference == null ? "" : ", report " + reference)
            + ".";
    return policy.decide(
        request, rating, score, limit, List.of(), List.of(source), reference, context.clock());
  }

  private static URI uri(String template, CreditCheckRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("customerId", request.customerId());
    values.put("registrationNumber", request.registrationNumber());
    values.put("countryCode", request.countryCode());
    Matcher placeholders = BureauSettings.PLACEHOLDER.matcher(template);
    StringBuilder url = new StringBuilder();
    while (placeholders.find()) {
      String name = placeholders.group(1);
      String value = values.get(name);
      if (value == null) {
        throw new InvalidRequestException(
            name, "the credit bureau needs the customer's " + name + ", which is not known");
      }
      placeholders.appendReplacement(
          url,
          Matcher.quoteReplacement(
              URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    placeholders.appendTail(url);
    return URI.create(url.toString());
  }

  private static Object ask(
      BureauSettings bureau, URI uri, CreditCheckRequest request, PluginContext context) {
    String service = uri.getHost();
    HttpRequest.Builder call =
        HttpRequest.newBuilder(uri).timeout(bureau.timeout()).header("Accept", "application/json");
    if (bureau.apiKey() != null) {
      call.header(bureau.apiKeyHeader(), bureau.apiKey());
    }
    if (bureau.method().equals("POST")) {
      call.header("Content-Type", "application/json")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  Json.write(body(request)), StandardCharsets.UTF_8));
    } else {
      call.GET();
    }
    HttpResponse<byte[]> response;
    CompletableFuture<HttpResponse<byte[]>> exchange =
        context.httpClient().sendAsync(call.build(), BoundedBody.handler(MAX_ANSWER_BYTES));
    try {
      // The whole exchange, body included, within the timeout: a bureau that sends its headers and
      // then stalls does not hold the call.
      response = exchange.get(bureau.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw timedOut(service, bureau, context, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        throw timedOut(service, bureau, context, cause);
      }
      context
          .logger()
          .log(System.Logger.Level.WARNING, "credit bureau " + service + " unreachable: " + cause);
      throw new ExternalServiceException(
          service,
          Failure.UNAVAILABLE,
          "the credit bureau " + service + " cannot be reached: " + cause,
          cause);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExternalServiceException(
          service,
          Failure.UNAVAILABLE,
          "the call to the credit bureau " + service + " was interrupted",
          e);
    }
    if (response.body() == null) {
      throw malformed(service, "its answer is larger than " + MAX_ANSWER_BYTES + " bytes");
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    int status = response.statusCode();
    if (status >= 500 || status == 429) {
      context
          .logger()
          .log(System.Logger.Level.WARNING, "credit bureau " + service + " answered " + status);
      throw new ExternalServiceException(
          service,
          Failure.UNAVAILABLE,
          "the credit bureau " + service + " answered " + status + ": it cannot serve now",
          null);
    }
    if (status < 200 || status > 299) {
      throw new ExternalServiceException(
          service,
          Failure.REFUSED,
          "the credit bureau "
              + service
              + " refused the request with "
              + status
              + "; check its endpoint and key in the plugin's settings",
          null);
    }
    try {
      return Json.parse(text);
    } catch (Json.MalformedException e) {
      throw malformed(service, "its answer is not JSON: " + e.getMessage());
    }
  }

  private static ExternalServiceException timedOut(
      String service, BureauSettings bureau, PluginContext context, Throwable cause) {
    context.logger().log(System.Logger.Level.WARNING, "credit bureau " + service + " timed out");
    return new ExternalServiceException(
        service,
        Failure.TIMEOUT,
        "the credit bureau "
            + service
            + " did not answer within "
            + bureau.timeout().toMillis()
            + " ms",
        cause);
  }

  private static Map<String, Object> body(CreditCheckRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", request.customerId());
    body.put("customerName", request.customerName());
    body.put("countryCode", request.countryCode());
    body.put("registrationNumber", request.registrationNumber());
    body.put("requestedAmount", money(request.requestedAmount()));
    body.put("currentExposure", money(request.currentExposure()));
    return body;
  }

  private static Map<String, Object> money(Money money) {
    Map<String, Object> amount = new LinkedHashMap<>();
    amount.put("amount", money.amount());
    amount.put("currency", money.currency());
    return amount;
  }

  private static CreditRating rating(String grade, BureauSettings.Mapping mapping, String service) {
    if (mapping.ratingMap().isEmpty()) {
      try {
        return CreditRating.valueOf(grade);
      } catch (IllegalArgumentException e) {
        throw malformed(
            service, "its grade '" + grade + "' is not A to E, and no ratingMap maps it");
      }
    }
    CreditRating rating = mapping.ratingMap().get(grade);
    if (rating == null) {
      throw malformed(service, "its grade '" + grade + "' is not in the configured ratingMap");
    }
    return rating;
  }

  private static BigDecimal number(Object answer, String pointer, String service) {
    Object value = Json.at(answer, pointer);
    if (value instanceof BigDecimal number) {
      return number;
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        // Falls through to the message below.
      }
    }
    throw malformed(service, "its answer has no number at " + pointer);
  }

  private static String text(Object answer, String pointer, String service) {
    String text = optionalText(answer, pointer);
    if (text == null) {
      throw malformed(service, "its answer has no grade at " + pointer);
    }
    return text;
  }

  private static String optionalText(Object answer, String pointer) {
    Object value = Json.at(answer, pointer);
    if (value instanceof String text && !text.isBlank()) {
      return text.trim();
    }
    return value instanceof BigDecimal number ? number.toPlainString() : null;
  }

  private static ExternalServiceException malformed(String service, String what) {
    return new ExternalServiceException(
        service,
        Failure.MALFORMED_RESPONSE,
        "the credit bureau " + service + " answered, but " + what,
        null);
  }
}
