package io.salesplatform.platform.audit;

import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.persistence.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Records changes of the current tenant's state and reads them back. A change is recorded in the
 * transaction that makes it, so the two commit or roll back together; events of one tenant are
 * numbered one after another under a transaction-scoped lock, so the chain never forks.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final int VERIFY_BATCH = 1000;

  @Inject TenantDatabase database;

  Clock clock = Clock.systemUTC();

  /**
   * Who made a change.
   *
   * @param id a person's identity-provider id, or a non-person author such as {@code declaration}
   * @param name a readable name
   */
  public record Actor(String id, String name) {}

  /**
   * Which events to list; every criterion is optional.
   *
   * @param action only this kind of change
   * @param actorId only changes by this actor
   * @param from only changes at or after this instant
   * @param to only changes before this instant
   */
  public record Filter(String action, String actorId, Instant from, Instant to) {}

  /**
   * What a verification found.
   *
   * @param events how many events were checked
   * @param intact whether the whole chain holds
   * @param firstBrokenSeq the first event that does not hold, or {@code null}
   * @param reason why it does not hold, or {@code null}
   * @param lastHash the hash of the last event, to be kept elsewhere so that removing events from
   *     the end can be noticed as well
   */
  public record Verification(
      long events, boolean intact, Long firstBrokenSeq, String reason, String lastHash) {}

  /** Records a change, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(
      Actor actor, String action, String target, String summary, Object before, Object after) {
    EntityManager entityManager = database.entityManager();
    entityManager
        .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, "audit:" + database.tenantId())
        .getSingleResult();
    AuditEvent last =
        entityManager
            .createQuery("select e from AuditEvent e order by e.seq desc", AuditEvent.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    AuditChain.Link link =
        new AuditChain.Link(
            last == null ? 1 : last.seq() + 1,
            clock.instant(),
            actor.id(),
            actor.name(),
            action,
            target,
            summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary,
            json(before),
            json(after));
    AuditEvent event = new AuditEvent(link, last == null ? AuditChain.GENESIS : last.hash());
    entityManager.persist(event);
    return event;
  }

  /**
   * Records a change that had no transaction of its own to join, such as a step of a subscription,
   * which spans the identity provider and so is not one transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AuditEvent recordOnItsOwn(
      Actor actor, String action, String target, String summary, Object before, Object after) {
    return record(actor, action, target, summary, before, after);
  }

  /** Events newest first. */
  @Transactional
  public List<AuditEvent> page(Filter filter, PageRequest page) {
    return query(filter, "select e", " order by e.seq desc", AuditEvent.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Transactional
  public long count(Filter filter) {
    return query(filter, "select count(e)", "", Long.class).getSingleResult();
  }

  /** Walks the whole chain in order and names the first event that does not hold. */
  @Transactional
  public Verification verify() {
    EntityManager entityManager = database.entityManager();
    List<AuditEvent> last = new ArrayList<>(1);
    long[] checked = {0};
    Iterator<AuditChain.Stored> trail =
        new Iterator<>() {
          private List<AuditEvent> batch = List.of();
          private int index;
          private long after;

          @Override
          public boolean hasNext() {
            if (index < batch.size()) {
              return true;
            }
            batch =
                entityManager
                    .createQuery(
                        "select e from AuditEvent e where e.seq > :after order by e.seq",
                        AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            index = 0;
            entityManager.clear();
            return !batch.isEmpty();
          }

          @Override
          public AuditChain.Stored next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            AuditEvent event = batch.get(index++);
            after = event.seq();
            checked[0]++;
            last.clear();
            last.add(event);
            return new AuditChain.Stored(event.link(), event.previousHash(), event.hash());
          }
        };
    Optional<AuditChain.Break> broken = AuditChain.firstBreak(trail);
    String lastHash = last.isEmpty() ? AuditChain.GENESIS : last.get(0).hash();
    return broken
        .map(b -> new Verification(checked[0], false, b.seq(), b.reason(), lastHash))
        .orElseGet(() -> new Verification(checked[0], true, null, null, lastHash));
  }

  private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from AuditEvent e where 1 = 1");
    if (filter.action() != null) {
      jpql.append(" and e.action = :action");
    }
    if (filter.actorId() != null) {
      jpql.append(" and e.actorId = :actor");
    }
    if (filter.from() != null) {
      jpql.append(" and e.occurredAt >= :from");
    }
    if (filter.to() != null) {
      jpql.append(" and e.occurredAt < :to");
    }
    TypedQuery<T> query = database.entityManager().createQuery(jpql + order, type);
    if (filter.action() != null) {
      query.setParameter("action", filter.action());
    }
    if (filter.actorId() != null) {
      query.setParameter("actor", filter.actorId());
    }
    if (filter.from() != null) {
      query.setParameter("from", filter.from());
    }
    if (filter.to() != null) {
      query.setParameter("to", filter.to());
    }
    return query;
  }

  private static String json(Object state) {
    if (state == null) {
      return null;
    }
    return state instanceof String text ? text : JSON.toJson(state);
  }

  static Object parse(String json) {
    return json == null ? null : JSON.fromJson(json, Object.class);
  }
}
