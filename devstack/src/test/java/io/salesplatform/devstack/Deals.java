package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a deal through the API as the deployed tests take them, each by the token it is
 * given: a quote priced by the company's plugin, approved, sent and accepted; its contract
 * reviewed, signed, its milestones delivered. Each step checks its answer and returns the resource
 * after it.
 */
final class Deals {

  private final PlatformApi api;
  private final String base;

  /**
   * @param base the company's API root, {@code /api/t/<slug>}
   */
  Deals(PlatformApi api, String base) {
    this.api = api;
    this.base = base;
  }

  /** A quote of {@code quantity} of one product for an opportunity, priced by the plugin. */
  JsonNode quote(String token, String opportunityId, String productId, int quantity)
      throws IOException {
    return quote(token, opportunityId, productId, quantity, 0);
  }

  /** A quote of {@code quantity} of one product at a discount, priced by the plugin. */
  JsonNode quote(
      String token, String opportunityId, String productId, int quantity, int discountPercent)
      throws IOException {
    Map<String, Object> line = new HashMap<>();
    line.put("productId", productId);
    line.put("quantity", quantity);
    if (discountPercent > 0) {
      line.put("discountPercent", discountPercent);
    }
    return ok(
        api.post(
            base + "/quotes",
            token,
            Map.of("opportunityId", opportunityId, "lines", List.of(line))));
  }

  /** The answer to a quote's approval by {@code token}, unchecked. */
  PlatformApi.Answer approval(String token, JsonNode quote, String decision) throws IOException {
    return api.post(
        quotePath(quote) + "/approval",
        token,
        Map.of("decision", decision, "comment", "seen", "version", quote.get("version").asLong()));
  }

  /** The answer to sending a quote, unchecked. */
  PlatformApi.Answer sending(String token, JsonNode quote) throws IOException {
    return api.post(quotePath(quote) + "/send", token, version(quote));
  }

  JsonNode send(String token, JsonNode quote) throws IOException {
    return ok(sending(token, quote));
  }

  /** The customer's acceptance, as recorded by {@code token}. */
  JsonNode accept(String token, JsonNode quote) throws IOException {
    return ok(
        api.post(
            quotePath(quote) + "/response",
            token,
            Map.of("answer", "accepted", "version", quote.get("version").asLong())));
  }

  /** The contract drafted from an accepted quote: in review. */
  JsonNode contract(String token, JsonNode quote) throws IOException {
    return ok(api.post(base + "/contracts", token, Map.of("quoteId", quote.get("id").asText())));
  }

  /** Legal's review of the contract's current revision. */
  JsonNode review(String token, JsonNode contract, String decision) throws IOException {
    return ok(
        api.post(
            contractPath(contract) + "/review",
            token,
            Map.of("decision", decision, "version", contract.get("version").asLong())));
  }

  /** The answer to signing a contract, unchecked. */
  PlatformApi.Answer signing(String token, JsonNode contract) throws IOException {
    return api.post(
        contractPath(contract) + "/sign",
        token,
        Map.of("signedBy", "Bill Lumbergh", "version", contract.get("version").asLong()));
  }

  JsonNode sign(String token, JsonNode contract) throws IOException {
    return ok(signing(token, contract));
  }

  /** A milestone of a contract: its id. */
  String milestone(String token, JsonNode contract, String title, String kind, LocalDate due)
      throws IOException {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("kind", kind);
    body.put("dueOn", due.toString());
    return created(api.post(contractPath(contract) + "/milestones", token, body));
  }

  /** Records a milestone delivered today. */
  JsonNode deliver(String token, JsonNode contract, String milestoneId) throws IOException {
    return ok(
        api.post(
            contractPath(contract) + "/milestones/" + milestoneId + "/delivery", token, Map.of()));
  }

  /**
   * A contract signed by {@code rep} for {@code quantity} of one product: the rep quotes (the
   * manager approves when the plugin asks for approval), sends, records the acceptance and drafts
   * the contract, legal approves it, the rep signs. Its id.
   */
  String signedContract(
      String rep,
      String manager,
      String legal,
      String opportunityId,
      String productId,
      int quantity)
      throws IOException {
    JsonNode quote = quote(rep, opportunityId, productId, quantity);
    if (quote.get("status").asText().equals("pending-approval")) {
      quote = ok(approval(manager, quote, "approve"));
    }
    quote = send(rep, quote);
    accept(rep, quote);
    JsonNode contract = review(legal, contract(rep, quote), "approve");
    sign(rep, contract);
    return contract.get("id").asText();
  }

  String quotePath(JsonNode quote) {
    return base + "/quotes/" + quote.get("id").asText();
  }

  String contractPath(JsonNode contract) {
    return base + "/contracts/" + contract.get("id").asText();
  }

  static Map<String, Object> version(JsonNode resource) {
    return Map.of("version", resource.get("version").asLong());
  }

  /** The slug of a 422's problem type. */
  static String problem(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(422);
    String type = answer.json().get("type").asText();
    return type.substring(type.lastIndexOf('/') + 1);
  }

  static JsonNode ok(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isIn(200, 201);
    return answer.json();
  }

  static String created(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    return answer.json().get("id").asText();
  }
}
