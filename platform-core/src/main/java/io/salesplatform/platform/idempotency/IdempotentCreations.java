package io.salesplatform.platform.idempotency;

import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Runs creating requests at most once per {@code Idempotency-Key}. The key belongs to the tenant
 * and the caller; the first answer is stored in the transaction that creates, so either both the
 * creation and its answer are kept or neither is. A repeat with the same key and the same operation
 * and body gets the stored answer again (same status, {@code Location}, {@code ETag} and body) and
 * creates nothing; the same key with a different operation or body is refused with 422. A failed
 * request stores nothing, so it may be retried with its key. Keys are kept for {@link #RETENTION}
 * at least.
 */
@ApplicationScoped
public class IdempotentCreations {

  public static final String HEADER = "Idempotency-Key";

  /** How long an answer is kept for replay, at least. */
  public static final Duration RETENTION = Duration.ofHours(24);

  /** The header that marks an answer given again. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private static final int MAX_KEY_LENGTH = 255;

  @Inject TenantDatabase database;
  @Inject CurrentCaller currentCaller;

  Clock clock = Clock.systemUTC();

  /**
   * What a creation produced.
   *
   * @param location the address of what was created
   * @param body the answer's body, written as JSON
   * @param version the version of what was created, sent as the ETag
   */
  public record Created(URI location, Object body, Long version) {}

  /**
   * Creates once: runs {@code creation} in one transaction with storing its answer, unless {@code
   * key} already has one.
   *
   * @param key the request's {@code Idempotency-Key} header, or {@code null} for none
   * @param operation names the endpoint, such as {@code POST customers}, so that a key reused on
   *     another endpoint is refused
   * @param request the request's body as received (its JSON form is compared), or its raw text
   */
  @Transactional
  public Response create(String key, String operation, Object request, Supplier<Created> creation) {
    if (key == null) {
      return answer(creation.get());
    }
    if (key.isBlank()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw Problems.badRequest(
          HEADER, "1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
    }
    EntityManager entityManager = database.entityManager();
    String callerId = currentCaller.require().subject();
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, "idempotency:" + database.tenantId() + ":" + callerId + ":" + key)
        .getSingleResult();
    String fingerprint = fingerprint(operation, request);
    Instant now = clock.instant();
    // expired answers go first, so that an old key starts afresh
    entityManager
        .createQuery("delete from IdempotentRequest r where r.createdAt < :before")
        .setParameter("before", now.minus(RETENTION))
        .executeUpdate();
    IdempotentRequest stored =
        entityManager.find(IdempotentRequest.class, new IdempotentRequest.Key(callerId, key));
    if (stored != null) {
      if (!stored.fingerprint().equals(fingerprint)) {
        throw Problems.unprocessable(
            "idempotency-key-reused",
            "Idempotency key reused",
            "The Idempotency-Key '"
                + key
                + "' was already used for a different request; use a new key for a new request.");
      }
      Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED, "true");
      if (stored.location() != null) {
        replay.location(URI.create(stored.location()));
      }
      if (stored.version() != null) {
        replay.tag(Long.toString(stored.version()));
      }
      if (stored.body() != null) {
        replay.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
      }
      return replay.build();
    }
    Created created = creation.get();
    String body = created.body() == null ? null : Json.BINDING.toJson(created.body());
    entityManager.persist(
        new IdempotentRequest(
            callerId,
            key,
            fingerprint,
            Response.Status.CREATED.getStatusCode(),
            created.location() == null ? null : created.location().toString(),
            body,
            created.version(),
            now));
    return answer(created);
  }

  private static Response answer(Created created) {
    Response.ResponseBuilder answer = Response.status(Response.Status.CREATED);
    if (created.location() != null) {
      answer.location(created.location());
    }
    if (created.version() != null) {
      answer.tag(Long.toString(created.version()));
    }
    if (created.body() != null) {
      answer.entity(created.body());
    }
    return answer.build();
  }

  static String fingerprint(String operation, Object request) {
    String body =
        request == null ? "" : request instanceof String text ? text : Json.BINDING.toJson(request);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // the operation's length first, so that no operation and body run into another pair
      byte[] named = operation.getBytes(StandardCharsets.UTF_8);
      sha.update((named.length + ":").getBytes(StandardCharsets.UTF_8));
      sha.update(named);
      return HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Made on first use, so that fingerprints of text need no JSON binding. */
  private static final class Json {
    static final Jsonb BINDING = JsonbBuilder.create();
  }
}
