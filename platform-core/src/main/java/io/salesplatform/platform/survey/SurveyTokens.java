package io.salesplatform.platform.survey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies the tokens of survey links (ADR 21). A token is {@code s1.<claims>.<mac>}: the
 * claims are the tenant id, the survey id and the expiry (16 + 16 + 8 bytes, base64url), and the
 * mac is HMAC-SHA256 over {@code s1.<claims>} with the platform's signing secret. Tokens signed
 * with a previous secret still verify, so the secret can be rotated without breaking links already
 * sent. Only a hash of a token is ever stored.
 */
public final class SurveyTokens {

  /** The shortest secret accepted, in characters. */
  public static final int MIN_SECRET_LENGTH = 32;

  /** The longest token looked at; anything longer is forged. */
  public static final int MAX_TOKEN_LENGTH = 200;

  private static final String PREFIX = "s1.";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /**
   * What a token says.
   *
   * @param tenantId the tenant the survey belongs to
   * @param surveyId the survey
   * @param expiresAt when the link stops working
   */
  public record Claims(UUID tenantId, UUID surveyId, Instant expiresAt) {
    public Claims {
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(surveyId, "surveyId");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }

  /** Why a token was refused. */
  public enum Refusal {
    /** Not signed by this platform, tampered with, or not a token at all. */
    FORGED,
    /** Signed by this platform, but past its expiry. */
    EXPIRED
  }

  /** A token that is refused, with the claims when its signature held. */
  public static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Refusal refusal;
    private final transient Claims claims;

    RefusedException(Refusal refusal, Claims claims) {
      super(refusal.name(), null, false, false);
      this.refusal = refusal;
      this.claims = claims;
    }

    public Refusal refusal() {
      return refusal;
    }

    /** The claims of an expired token; {@code null} for a forged one. */
    public Claims claims() {
      return claims;
    }
  }

  private final List<byte[]> keys;

  /**
   * @param secret the secret new tokens are signed with
   * @param previous earlier secrets whose tokens still verify
   * @throws IllegalArgumentException when a secret is shorter than {@value #MIN_SECRET_LENGTH}
   */
  public SurveyTokens(String secret, List<String> previous) {
    List<byte[]> all = new ArrayList<>();
    all.add(key(secret));
    previous.forEach(p -> all.add(key(p)));
    this.keys = List.copyOf(all);
  }

  private static byte[] key(String secret) {
    if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "a survey signing secret has at least " + MIN_SECRET_LENGTH + " characters");
    }
    return secret.strip().getBytes(StandardCharsets.UTF_8);
  }

  public String sign(Claims claims) {
    ByteBuffer bytes = ByteBuffer.allocate(40);
    bytes.putLong(claims.tenantId().getMostSignificantBits());
    bytes.putLong(claims.tenantId().getLeastSignificantBits());
    bytes.putLong(claims.surveyId().getMostSignificantBits());
    bytes.putLong(claims.surveyId().getLeastSignificantBits());
    bytes.putLong(claims.expiresAt().getEpochSecond());
    String signed = PREFIX + ENCODER.encodeToString(bytes.array());
    return signed + "." + ENCODER.encodeToString(mac(keys.get(0), signed));
  }

  /**
   * The claims of {@code token} if this platform signed it and it has not expired at {@code now}.
   */
  public Claims verify(String token, Instant now) throws RefusedException {
    Claims claims = claims(token);
    if (claims == null) {
      throw new RefusedException(Refusal.FORGED, null);
    }
    if (!now.isBefore(claims.expiresAt())) {
      throw new RefusedException(Refusal.EXPIRED, claims);
    }
    return claims;
  }

  private Claims claims(String token) {
    if (token == null
        || token.length() > MAX_TOKEN_LENGTH
        || !token.startsWith(PREFIX)
        || !token.matches("[A-Za-z0-9_.-]+")) {
      return null;
    }
    int dot = token.lastIndexOf('.');
    if (dot <= PREFIX.length()) {
      return null;
    }
    String signed = token.substring(0, dot);
    byte[] given;
    byte[] payload;
    try {
      given = DECODER.decode(token.substring(dot + 1));
      payload = DECODER.decode(signed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
    // base64 leaves spare bits in a last character: only the one canonical spelling is a token
    if (!ENCODER.encodeToString(given).equals(token.substring(dot + 1))
        || !ENCODER.encodeToString(payload).equals(signed.substring(PREFIX.length()))) {
      return null;
    }
    boolean genuine = false;
    for (byte[] key : keys) {
      // every key is tried, so the time taken tells nothing about which one matched
      genuine |= MessageDigest.isEqual(mac(key, signed), given);
    }
    if (!genuine || payload.length != 40) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.wrap(payload);
    return new Claims(
        new UUID(bytes.getLong(), bytes.getLong()),
        new UUID(bytes.getLong(), bytes.getLong()),
        Instant.ofEpochSecond(bytes.getLong()));
  }

  /** What is stored of a token: its SHA-256, hex. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] mac(byte[] key, String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
