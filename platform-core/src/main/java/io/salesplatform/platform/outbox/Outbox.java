package io.salesplatform.platform.outbox;

import io.salesplatform.platform.persistence.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Domain events of the current tenant, written to the outbox table in the transaction of the
 * change: an event exists exactly when its change committed, and consumers (notifications, reports,
 * integrations) read them later at their own pace instead of being called in the request.
 */
@ApplicationScoped
public class Outbox {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject TenantDatabase database;

  Clock clock = Clock.systemUTC();

  /**
   * Records an event in the caller's transaction.
   *
   * @param type what happened, such as {@code customer.created}
   * @param aggregateType the kind of thing it happened to, such as {@code customer}
   * @param aggregateId that thing's id
   * @param payload the event's data, written as JSON
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxEvent emit(String type, String aggregateType, Object aggregateId, Object payload) {
    OutboxEvent event =
        new OutboxEvent(
            type,
            aggregateType,
            String.valueOf(aggregateId),
            JSON.toJson(payload),
            clock.instant());
    database.entityManager().persist(event);
    return event;
  }
}
