package io.salesplatform.platform.tenant;

import java.util.Objects;
import java.util.UUID;

/** A tenant's internal, never-reused identifier; the {@code tenant_id} of every tenant row. */
public record TenantId(UUID value) {

  public TenantId {
    Objects.requireNonNull(value, "value");
  }

  public static TenantId random() {
    return new TenantId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
