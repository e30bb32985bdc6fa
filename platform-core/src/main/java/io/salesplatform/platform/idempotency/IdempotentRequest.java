package io.salesplatform.platform.idempotency;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The first answer to a creating request sent with an {@code Idempotency-Key}. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotentRequest.Key.class)
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class IdempotentRequest {

  /** A key is the caller's own: two callers may use the same key for different requests. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public String callerId;
    public String key;

    public Key() {}

    public Key(String callerId, String key) {
      this.callerId = callerId;
      this.key = key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(callerId, that.callerId)
          && Objects.equals(key, that.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(callerId, key);
    }
  }

  @Id
  @Column(name = "caller_id", updatable = false)
  private String callerId;

  @Id
  @Column(updatable = false)
  private String key;

  /** SHA-256 of the operation and its body, in hex. */
  @Column(nullable = false, updatable = false)
  private String fingerprint;

  @Column(nullable = false, updatable = false)
  private int status;

  @Column(updatable = false)
  private String location;

  @Column(updatable = false)
  private String body;

  @Column(updatable = false)
  private Long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected IdempotentRequest() {}

  IdempotentRequest(
      String callerId,
      String key,
      String fingerprint,
      int status,
      String location,
      String body,
      Long version,
      Instant createdAt) {
    this.callerId = Objects.requireNonNull(callerId, "callerId");
    this.key = Objects.requireNonNull(key, "key");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    this.status = status;
    this.location = location;
    this.body = body;
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public String fingerprint() {
    return fingerprint;
  }

  public int status() {
    return status;
  }

  public String location() {
    return location;
  }

  public String body() {
    return body;
  }

  /** The version of what was created, sent as the ETag, when it had one. */
  public Long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
