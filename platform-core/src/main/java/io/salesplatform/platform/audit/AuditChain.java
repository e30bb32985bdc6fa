package io.salesplatform.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

/**
 * The hash chain of a tenant's audit trail. Each event's hash is SHA-256 over the previous hash and
 * the event's fields, each length-prefixed so that no two different events hash alike.
 */
public final class AuditChain {

  /** The hash before the first event of every tenant. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * The fields of an event that the hash covers.
   *
   * @param seq its place in the tenant's trail, from 1
   * @param occurredAt when, to the microsecond (as the database keeps it)
   * @param actorId who: a person's identity-provider id, or a non-person author
   * @param actorName a readable name of who
   * @param action what kind of change, such as {@code settings.change}
   * @param target what was changed, such as {@code settings/revisions/3}
   * @param summary a sentence on the change
   * @param before the changed state before, as JSON text, or {@code null}
   * @param after the changed state after, as JSON text, or {@code null}
   */
  public record Link(
      long seq,
      Instant occurredAt,
      String actorId,
      String actorName,
      String action,
      String target,
      String summary,
      String before,
      String after) {

    public Link {
      occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
  }

  public static String hash(String previousHash, Link link) {
    StringBuilder text = new StringBuilder(previousHash);
    field(text, Long.toString(link.seq()));
    field(text, link.occurredAt().toString());
    field(text, link.actorId());
    field(text, link.actorName());
    field(text, link.action());
    field(text, link.target());
    field(text, link.summary());
    field(text, link.before());
    field(text, link.after());
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append("|-1:");
    } else {
      text.append('|').append(value.length()).append(':').append(value);
    }
  }

  /**
   * A stored link: its fields, the previous hash it names and its own hash.
   *
   * @param link the fields
   * @param previousHash the hash it says came before
   * @param hash its stored hash
   */
  public record Stored(Link link, String previousHash, String hash) {}

  /**
   * The first place {@code trail} (in order) does not hold together, or empty when it does.
   *
   * @return the sequence number of the first broken event and why
   */
  public static Optional<Break> firstBreak(Iterator<Stored> trail) {
    String expectedPrevious = GENESIS;
    long expectedSeq = 1;
    while (trail.hasNext()) {
      Stored stored = trail.next();
      long seq = stored.link().seq();
      if (seq != expectedSeq) {
        return Optional.of(new Break(expectedSeq, "event " + expectedSeq + " is missing"));
      }
      if (!stored.previousHash().equals(expectedPrevious)) {
        return Optional.of(new Break(seq, "it does not follow the event before it"));
      }
      if (!hash(stored.previousHash(), stored.link()).equals(stored.hash())) {
        return Optional.of(new Break(seq, "its content was changed after it was recorded"));
      }
      expectedPrevious = stored.hash();
      expectedSeq++;
    }
    return Optional.empty();
  }

  /**
   * A broken link.
   *
   * @param seq the first event that does not hold
   * @param reason why
   */
  public record Break(long seq, String reason) {}
}
