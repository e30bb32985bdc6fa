package io.salesplatform.platform.contract;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.contract.ContractViews.ContractView;
import io.salesplatform.platform.contract.ContractViews.CreditApprovalView;
import io.salesplatform.platform.contract.ContractViews.MilestoneView;
import io.salesplatform.platform.contract.ContractViews.OverdueMilestone;
import io.salesplatform.platform.contract.ContractViews.Purchase;
import io.salesplatform.platform.contract.ContractViews.RepFulfilment;
import io.salesplatform.platform.contract.ContractViews.ReviewView;
import io.salesplatform.platform.credit.CreditCheck;
import io.salesplatform.platform.credit.CreditChecks;
import io.salesplatform.platform.credit.CreditStanding;
import io.salesplatform.platform.credit.CustomerLedger;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.pipeline.Opportunities;
import io.salesplatform.platform.pipeline.Opportunity;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.quote.QuoteStatus;
import io.salesplatform.platform.quote.Quotes;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's contracts and their milestones. Each change is checked, audited and told to
 * the outbox in its transaction; a step the contract's state forbids is a 422 naming why, whoever
 * asks (a tenant admin included): signing needs legal's approval of the current revision, and
 * signing beyond the customer's credit a manager's credit approval.
 */
@ApplicationScoped
public class Contracts {

  public static final Set<String> SORTABLE = Set.of("number", "createdAt", "updatedAt", "signedAt");

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject Quotes quotes;
  @Inject CreditChecks credit;
  @Inject CustomerLedger ledger;
  @Inject Opportunities opportunities;
  @Inject ContractCompletion completion;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which contracts to list; every criterion is optional.
   *
   * @param customerId of this customer
   * @param opportunityId of this opportunity
   * @param status in this status
   * @param ownerId owned by this person
   */
  public record Filter(
      UUID customerId, UUID opportunityId, ContractStatus status, String ownerId) {}

  @Transactional
  public ContractView create(ContractRequests.Create request, ContractScope scope) {
    TenantSettings s = settings.current().settings();
    UUID quoteId;
    try {
      quoteId = UUID.fromString(Inputs.blankToNull(request.quoteId));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Problems.badRequest("quoteId", "required: the accepted quote's id");
    }
    String terms = text(request.terms, "terms", 100_000);
    String notes = text(request.notes, "notes", 10_000);
    Quotes.Accepted accepted =
        quotes
            .accepted(quoteId, scope.opportunities())
            .orElseThrow(
                () -> Problems.badRequest("quoteId", "no quote in your reach has this id"));
    if (accepted.quote().status() != QuoteStatus.ACCEPTED) {
      throw Problems.unprocessable(
          "quote-not-accepted",
          "Quote not accepted",
          "A contract is made from a quote the customer accepted; this one is "
              + accepted.quote().status().id()
              + ".");
    }
    EntityManager em = database.entityManager();
    // creations take their turn per company: a quote gets one contract, numbers follow each other
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, "contract-number:" + database.tenantId())
        .getSingleResult();
    boolean exists =
        !em.createQuery("select c.id from Contract c where c.quoteId = :quote", UUID.class)
            .setParameter("quote", quoteId)
            .getResultList()
            .isEmpty();
    if (exists) {
      throw Problems.conflict(
          "contract-exists", "Contract exists", "The quote already has its contract.");
    }
    Integer last =
        em.createQuery("select max(c.number) from Contract c", Integer.class).getSingleResult();
    Instant now = clock.instant();
    Contract contract =
        new Contract(
            last == null ? 1 : last + 1,
            quoteId,
            accepted.quote().opportunityId(),
            accepted.quote().customerId(),
            scope.callerId(),
            accepted.version().lines(),
            accepted.version().netTotal(),
            accepted.version().currency(),
            terms,
            notes,
            now);
    em.persist(contract);
    ContractView view = view(contract, s);
    audit.record(
        scope.actor(),
        "contract.create",
        "contract:" + contract.id(),
        "Made contract " + contract.number() + " from an accepted quote; it is in legal review",
        null,
        view);
    outbox.emit("contract.created", "contract", contract.id(), view);
    return view;
  }

  @Transactional
  public ContractView amend(
      UUID id, ContractRequests.Amend request, long basedOn, ContractScope scope) {
    String terms = text(request.terms, "terms", 100_000);
    String notes = text(request.notes, "notes", 10_000);
    return change(
        id,
        basedOn,
        scope,
        c -> c.amend(terms, notes, clock.instant()),
        "contract-not-amendable",
        "contract.amend",
        "contract.amended",
        c -> "Amended contract " + c.number() + " to revision " + c.revision());
  }

  @Transactional
  public ContractView submit(UUID id, long basedOn, ContractScope scope) {
    return change(
        id,
        basedOn,
        scope,
        c -> c.submit(clock.instant()),
        "contract-not-submittable",
        "contract.submit",
        "contract.submitted",
        c -> "Submitted revision " + c.revision() + " of contract " + c.number() + " to legal");
  }

  @Transactional
  public ContractView review(
      UUID id, ContractRequests.Review request, long basedOn, ContractScope scope) {
    String decision = request.decision == null ? "" : request.decision.strip();
    Contract.Review review =
        switch (decision) {
          case "approve" -> Contract.Review.APPROVE;
          case "reject" -> Contract.Review.REJECT;
          case "request-changes" -> Contract.Review.REQUEST_CHANGES;
          default -> throw Problems.badRequest("decision", "approve, reject or request-changes");
        };
    String comment = text(request.comment, "comment", 10_000);
    if (review != Contract.Review.APPROVE && comment == null) {
      throw Problems.badRequest("comment", "required: what is wrong or must change");
    }
    return change(
        id,
        basedOn,
        scope,
        c -> c.review(review, scope.callerId(), comment, clock.instant()),
        "contract-not-in-review",
        "contract.review",
        "contract.reviewed",
        c ->
            "Legal "
                + c.status().id()
                + " revision "
                + c.revision()
                + " of contract "
                + c.number());
  }

  @Transactional
  public ContractView approveCredit(
      UUID id, ContractRequests.CreditApproval request, long basedOn, ContractScope scope) {
    String comment = text(request.comment, "comment", 10_000);
    if (comment == null) {
      throw Problems.badRequest("comment", "required: why the credit risk is accepted");
    }
    return change(
        id,
        basedOn,
        scope,
        c -> c.approveCredit(scope.callerId(), comment, clock.instant()),
        "credit-approval-refused",
        "contract.credit-approve",
        "contract.credit-approved",
        c -> "Approved signing contract " + c.number() + " beyond the customer's credit");
  }

  @Transactional
  public ContractView sign(
      UUID id, ContractRequests.Sign request, long basedOn, ContractScope scope) {
    TenantSettings s = settings.current().settings();
    Contract contract = reachable(id, scope).orElseThrow(() -> unknown(id));
    LocalDate today = today(s);
    LocalDate on = day(request.signedOn, "signedOn", today);
    if (on.isAfter(today)) {
      throw Problems.badRequest("signedOn", "not after today");
    }
    String signatory = text(request.signedBy, "signedBy", 200);
    if (signatory == null) {
      throw Problems.badRequest("signedBy", "required: who signed for the customer");
    }
    Versions.require(contract.version(), basedOn, "contract " + id);
    contract
        .signingRefusal()
        .ifPresent(
            r -> {
              throw Problems.unprocessable(
                  "contract-not-approved", "Legal review has not approved this contract", r);
            });
    Instant now = clock.instant();
    BigDecimal exposure =
        ledger.figures(contract.customerId(), contract.currency(), today).exposure();
    Optional<CreditStanding.Decision> latest =
        credit.latest(contract.customerId()).map(CreditCheck::decision);
    Optional<String> creditNeed =
        CreditStanding.approvalNeededToSign(
            latest,
            s.quotes().creditCheckRequiredBeforeSending(),
            now,
            s.quotes().creditDecisionMaxAgeDays(),
            exposure,
            contract.value(),
            contract.currency());
    if (creditNeed.isPresent() && !contract.creditApproved()) {
      throw Problems.unprocessable(
          "credit-approval-required",
          "Signing needs a manager's credit approval",
          creditNeed.get()
              + " A sales manager approves signing it (POST .../credit-approval), or the"
              + " customer's credit is checked again.");
    }
    ContractView before = view(contract, s);
    contract.sign(on, signatory, now);
    opportunities
        .winBySigning(
            contract.opportunityId(),
            new Money(contract.value(), contract.currency()),
            String.valueOf(contract.number()),
            scope.actor())
        .ifPresent(
            r -> {
              throw Problems.unprocessable("opportunity-lost", "Opportunity lost", r);
            });
    flush(id, basedOn);
    ContractView after = view(contract, s);
    audit.record(
        scope.actor(),
        "contract.sign",
        "contract:" + id,
        "Signed contract " + contract.number() + " with " + signatory + " on " + on,
        before,
        after);
    outbox.emit("contract.signed", "contract", id, after);
    return after;
  }

  @Transactional
  public Optional<ContractView> find(UUID id, ContractScope scope) {
    return reachable(id, scope).map(c -> view(c, settings.current().settings()));
  }

  @Transactional
  public List<ContractView> page(Filter filter, Sort sort, PageRequest page, ContractScope scope) {
    TenantSettings s = settings.current().settings();
    @SuppressWarnings("unchecked")
    List<Contract> found =
        query(filter, scope, "select c", sort.jpql("c", "id"))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    Reps reps = Reps.of(database.entityManager());
    return found.stream().map(c -> view(c, s, reps)).toList();
  }

  @Transactional
  public long count(Filter filter, ContractScope scope) {
    return ((Number) query(filter, scope, "select count(c)", "").getSingleResult()).longValue();
  }

  @Transactional
  public MilestoneView addMilestone(
      UUID id, ContractRequests.NewMilestone request, ContractScope scope) {
    TenantSettings s = settings.current().settings();
    Contract contract = reachable(id, scope).orElseThrow(() -> unknown(id));
    List<Problem.FieldError> errors = new ArrayList<>();
    String title = Inputs.blankToNull(request.title);
    if (title == null || title.length() > 200) {
      errors.add(new Problem.FieldError("title", "required, at most 200 characters"));
    }
    Milestone.Kind kind =
        Milestone.Kind.byId(request.kind == null ? "" : request.kind.strip()).orElse(null);
    if (kind == null) {
      errors.add(
          new Problem.FieldError("kind", "one of " + String.join(", ", Milestone.Kind.ids())));
    }
    LocalDate due = null;
    try {
      due = LocalDate.parse(Inputs.blankToNull(request.dueOn));
    } catch (DateTimeParseException | NullPointerException e) {
      errors.add(new Problem.FieldError("dueOn", "required: a day such as 2026-03-31"));
    }
    BigDecimal amount = null;
    if (kind == Milestone.Kind.INVOICE) {
      try {
        amount = new BigDecimal(Inputs.blankToNull(request.amount));
        if (amount.signum() <= 0 || amount.scale() > 2) {
          errors.add(new Problem.FieldError("amount", "more than 0, at most two decimals"));
        }
      } catch (NumberFormatException | NullPointerException e) {
        errors.add(new Problem.FieldError("amount", "required for an invoice: such as 5000.00"));
      }
    } else if (Inputs.blankToNull(request.amount) != null) {
      errors.add(new Problem.FieldError("amount", "only an invoice has an amount"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The milestone is invalid.", errors);
    }
    if (contract.status() == ContractStatus.COMPLETED
        || contract.status() == ContractStatus.REJECTED) {
      throw Problems.unprocessable(
          "contract-closed",
          "Contract closed",
          "A " + contract.status().id() + " contract gets no new milestone.");
    }
    Milestone milestone =
        new Milestone(
            id,
            title,
            kind,
            due,
            amount,
            amount == null ? null : contract.currency(),
            clock.instant());
    database.entityManager().persist(milestone);
    MilestoneView view = view(milestone, today(s));
    audit.record(
        scope.actor(),
        "contract.milestone.add",
        "contract:" + id,
        "Added the " + kind.id() + " milestone " + title + " due " + due,
        null,
        view);
    outbox.emit("milestone.added", "contract", id, view);
    return view;
  }

  @Transactional
  public List<MilestoneView> milestones(UUID id, ContractScope scope) {
    reachable(id, scope).orElseThrow(() -> unknown(id));
    LocalDate today = today(settings.current().settings());
    return milestonesOf(id).stream().map(m -> view(m, today)).toList();
  }

  /**
   * Records a milestone done (delivered, paid, kept) on a day. When the contract is signed and
   * every delivery milestone is then delivered, the contract is completed in the same transaction.
   */
  @Transactional
  public MilestoneView done(
      UUID id, UUID milestoneId, ContractRequests.Done request, ContractScope scope) {
    TenantSettings s = settings.current().settings();
    Contract contract = reachable(id, scope).orElseThrow(() -> unknown(id));
    EntityManager em = database.entityManager();
    Milestone milestone = em.find(Milestone.class, milestoneId);
    if (milestone == null || !milestone.contractId().equals(id)) {
      throw Problems.notFound("The contract has no milestone " + milestoneId + ".");
    }
    LocalDate today = today(s);
    LocalDate on = day(request.on, "on", today);
    if (on.isAfter(today)) {
      throw Problems.badRequest("on", "not after today");
    }
    MilestoneView before = view(milestone, today);
    milestone
        .done(on, scope.callerId())
        .ifPresent(
            r -> {
              throw Problems.unprocessable("milestone-done", "Milestone already done", r);
            });
    em.flush();
    MilestoneView after = view(milestone, today);
    audit.record(
        scope.actor(),
        "contract.milestone.done",
        "contract:" + id,
        "Recorded " + milestone.title() + " of contract " + contract.number() + " done on " + on,
        before,
        after);
    outbox.emit("milestone.delivered", "contract", id, after);
    List<Milestone> all = milestonesOf(id);
    boolean everyDelivery =
        all.stream().anyMatch(m -> m.kind() == Milestone.Kind.DELIVERY)
            && all.stream()
                .filter(m -> m.kind() == Milestone.Kind.DELIVERY)
                .allMatch(Milestone::isDone);
    if (everyDelivery && contract.status() == ContractStatus.SIGNED) {
      ContractView signed = view(contract, s);
      contract.complete(clock.instant());
      em.flush();
      ContractView completed = view(contract, s);
      audit.record(
          scope.actor(),
          "contract.complete",
          "contract:" + id,
          "Contract " + contract.number() + " completed: every delivery delivered",
          signed,
          completed);
      completion.completed(contract, on, completed, scope.actor());
    }
    return after;
  }

  /** Pending milestones of contracts in reach past their due day, most overdue first. */
  @Transactional
  public List<OverdueMilestone> overdue(String ownerId, PageRequest page, ContractScope scope) {
    TenantSettings s = settings.current().settings();
    LocalDate today = today(s);
    Reps reps = Reps.of(database.entityManager());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        overdueQuery(ownerId, scope, today, "select m, c", " order by m.dueOn, m.id")
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Milestone m = (Milestone) r[0];
              Contract c = (Contract) r[1];
              return new OverdueMilestone(
                  view(m, today),
                  c.number(),
                  reps.get(c.ownerId()),
                  m.dueOn().until(today, ChronoUnit.DAYS));
            })
        .toList();
  }

  @Transactional
  public long overdueCount(String ownerId, ContractScope scope) {
    LocalDate today = today(settings.current().settings());
    return ((Number) overdueQuery(ownerId, scope, today, "select count(m)", "").getSingleResult())
        .longValue();
  }

  /**
   * The fulfilment rate per rep of the signed contracts in reach, counting the milestones the
   * company owed that fell due in [from, to) and by today.
   */
  @Transactional
  public List<RepFulfilment> fulfilment(
      String ownerId, LocalDate from, LocalDate to, ContractScope scope) {
    TenantSettings s = settings.current().settings();
    LocalDate today = today(s);
    LocalDate until = to == null || to.isAfter(today) ? today : to.minusDays(1);
    Filter filter = new Filter(null, null, null, ownerId);
    @SuppressWarnings("unchecked")
    List<Contract> contracts =
        query(filter, scope, "select c", " and c.status in ('SIGNED', 'COMPLETED') order by c.id")
            .getResultList();
    Map<String, List<FulfilmentRate.Facts>> byRep = new LinkedHashMap<>();
    Map<String, Integer> contractCount = new HashMap<>();
    for (Contract c : contracts) {
      List<FulfilmentRate.Facts> facts =
          milestonesOf(c.id()).stream()
              .filter(m -> from == null || !m.dueOn().isBefore(from))
              .map(m -> new FulfilmentRate.Facts(m.kind(), m.dueOn(), m.doneOn()))
              .toList();
      if (FulfilmentRate.of(facts, until).due() > 0) {
        contractCount.merge(c.ownerId(), 1, Integer::sum);
      }
      byRep.computeIfAbsent(c.ownerId(), r -> new ArrayList<>()).addAll(facts);
    }
    Reps reps = Reps.of(database.entityManager());
    return byRep.entrySet().stream()
        .map(
            e -> {
              FulfilmentRate rate = FulfilmentRate.of(e.getValue(), until);
              return new RepFulfilment(
                  reps.get(e.getKey()),
                  contractCount.getOrDefault(e.getKey(), 0),
                  rate.due(),
                  rate.onTime(),
                  rate.rate());
            })
        .toList();
  }

  /** The customer's signed contracts, newest first, for its purchase history. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Purchase> purchases(UUID customerId) {
    return database
        .entityManager()
        .createQuery(
            "select c from Contract c where c.customerId = :customer"
                + " and c.status in ('SIGNED', 'COMPLETED') order by c.signedAt desc, c.id",
            Contract.class)
        .setParameter("customer", customerId)
        .getResultStream()
        .map(
            c ->
                new Purchase(
                    c.id(),
                    c.number(),
                    c.signedOn(),
                    new Money(c.value(), c.currency()),
                    c.status().id()))
        .toList();
  }

  /** A change of a contract's state by {@code step}, refused with {@code refusalType}. */
  private ContractView change(
      UUID id,
      long basedOn,
      ContractScope scope,
      java.util.function.Function<Contract, Optional<String>> step,
      String refusalType,
      String action,
      String event,
      java.util.function.Function<Contract, String> summary) {
    TenantSettings s = settings.current().settings();
    Contract contract = reachable(id, scope).orElseThrow(() -> unknown(id));
    Versions.require(contract.version(), basedOn, "contract " + id);
    ContractView before = view(contract, s);
    step.apply(contract)
        .ifPresent(
            r -> {
              throw Problems.unprocessable(refusalType, "Contract step refused", r);
            });
    flush(id, basedOn);
    ContractView after = view(contract, s);
    audit.record(scope.actor(), action, "contract:" + id, summary.apply(contract), before, after);
    outbox.emit(event, "contract", id, after);
    return after;
  }

  private List<Milestone> milestonesOf(UUID contractId) {
    return database
        .entityManager()
        .createQuery(
            "select m from Milestone m where m.contractId = :contract order by m.dueOn, m.id",
            Milestone.class)
        .setParameter("contract", contractId)
        .getResultList();
  }

  private Optional<Contract> reachable(UUID id, ContractScope scope) {
    EntityManager em = database.entityManager();
    Contract contract = em.find(Contract.class, id);
    if (contract == null) {
      return Optional.empty();
    }
    if (scope.all() || scope.callerId().equals(contract.ownerId())) {
      return Optional.of(contract);
    }
    Opportunity opportunity = em.find(Opportunity.class, contract.opportunityId());
    return opportunity != null && scope.opportunities().reaches(opportunity)
        ? Optional.of(contract)
        : Optional.empty();
  }

  private Query query(Filter filter, ContractScope scope, String select, String order) {
    StringBuilder jpql = new StringBuilder(select + " from Contract c where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!scope.all()) {
      jpql.append(
          " and (c.ownerId = :self or c.opportunityId in (select o.id from Opportunity o"
              + " where o.ownerId = :self or o.stageOwnerId = :self))");
      parameters.put("self", scope.callerId());
    }
    if (filter.customerId() != null) {
      jpql.append(" and c.customerId = :customer");
      parameters.put("customer", filter.customerId());
    }
    if (filter.opportunityId() != null) {
      jpql.append(" and c.opportunityId = :opportunity");
      parameters.put("opportunity", filter.opportunityId());
    }
    if (filter.status() != null) {
      jpql.append(" and c.status = :status");
      parameters.put("status", filter.status().name());
    }
    if (filter.ownerId() != null) {
      jpql.append(" and c.ownerId = :owner");
      parameters.put("owner", filter.ownerId());
    }
    Query query = database.entityManager().createQuery(jpql + order);
    parameters.forEach(query::setParameter);
    return query;
  }

  private Query overdueQuery(
      String ownerId, ContractScope scope, LocalDate today, String select, String order) {
    StringBuilder jpql =
        new StringBuilder(
            select
                + " from Milestone m, Contract c where c.id = m.contractId"
                + " and m.status = 'PENDING' and m.dueOn < :today"
                + " and c.status in ('SIGNED', 'COMPLETED')");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("today", today);
    if (!scope.all()) {
      jpql.append(
          " and (c.ownerId = :self or c.opportunityId in (select o.id from Opportunity o"
              + " where o.ownerId = :self or o.stageOwnerId = :self))");
      parameters.put("self", scope.callerId());
    }
    if (ownerId != null) {
      jpql.append(" and c.ownerId = :owner");
      parameters.put("owner", ownerId);
    }
    Query query = database.entityManager().createQuery(jpql + order);
    parameters.forEach(query::setParameter);
    return query;
  }

  private void flush(UUID id, long basedOn) {
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("contract " + id, basedOn, basedOn + 1);
    }
  }

  private ContractView view(Contract c, TenantSettings s) {
    return view(c, s, Reps.of(database.entityManager()));
  }

  @SuppressWarnings("unchecked")
  private ContractView view(Contract c, TenantSettings s, Reps reps) {
    LocalDate today = today(s);
    FulfilmentRate rate =
        FulfilmentRate.of(
            milestonesOf(c.id()).stream()
                .map(m -> new FulfilmentRate.Facts(m.kind(), m.dueOn(), m.doneOn()))
                .toList(),
            today);
    ReviewView review =
        c.reviewedAt() == null
            ? null
            : new ReviewView(
                c.reviewedRevision(),
                reviewDecision(c),
                reps.get(c.reviewedBy()),
                c.reviewComment(),
                c.reviewedAt());
    CreditApprovalView creditApproval =
        c.creditApprovedRevision() == null
            ? null
            : new CreditApprovalView(
                c.creditApprovedRevision(),
                reps.get(c.creditApprovedBy()),
                c.creditApprovalComment(),
                c.creditApproved());
    return new ContractView(
        c.id(),
        c.number(),
        c.quoteId(),
        c.opportunityId(),
        c.customerId(),
        reps.get(c.ownerId()),
        JSON.fromJson(c.lines(), List.class),
        new Money(c.value(), c.currency()),
        c.terms(),
        c.notes(),
        c.revision(),
        c.status().id(),
        review,
        creditApproval,
        c.signedOn(),
        c.signedBy(),
        c.signedAt(),
        c.completedAt(),
        rate,
        c.createdAt(),
        c.updatedAt(),
        c.version());
  }

  /** Legal's latest decision, read from where the contract stood after it. */
  private static String reviewDecision(Contract c) {
    return switch (c.status()) {
      case REJECTED -> "rejected";
      case CHANGES_REQUESTED -> "changes-requested";
      case IN_REVIEW -> "changes-requested";
      case DRAFT -> c.reviewComment() == null ? "approved" : "changes-requested";
      default -> "approved";
    };
  }

  private static MilestoneView view(Milestone m, LocalDate today) {
    return new MilestoneView(
        m.id(),
        m.contractId(),
        m.title(),
        m.kind().id(),
        m.dueOn(),
        m.amount() == null ? null : new Money(m.amount(), m.currency()),
        m.isDone() ? "delivered" : "pending",
        m.doneOn(),
        !m.isDone() && m.dueOn().isBefore(today));
  }

  private LocalDate today(TenantSettings s) {
    return LocalDate.now(clock.withZone(s.timeZone()));
  }

  private static LocalDate day(String value, String field, LocalDate fallback) {
    if (Inputs.blankToNull(value) == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw Problems.badRequest(field, "a day such as 2026-03-31");
    }
  }

  private static String text(String value, String field, int max) {
    String text = Inputs.blankToNull(value);
    if (text != null && text.length() > max) {
      throw Problems.badRequest(field, "at most " + max + " characters");
    }
    return text;
  }

  /**
   * Opens a repeat-sale opportunity (policy 5.6) for the customer of a signed or completed contract
   * in reach; a contract not yet signed is 422 {@code contract-not-signed}.
   */
  @Transactional
  public io.salesplatform.platform.pipeline.OpportunityViews.OpportunityView repeatSale(
      UUID id,
      io.salesplatform.platform.pipeline.OpportunityRequests.RepeatSale request,
      ContractScope scope) {
    Contract contract = reachable(id, scope).orElseThrow(() -> unknown(id));
    if (!contract.status().signed()) {
      throw Problems.unprocessable(
          "contract-not-signed",
          "Contract not signed",
          "Contract "
              + contract.number()
              + " is "
              + contract.status().id()
              + "; a repeat sale is opened from a signed or completed contract.");
    }
    return opportunities.openRepeatSale(
        contract.customerId(),
        "contract",
        contract.id(),
        request,
        scope.actor(),
        scope.opportunities().allCustomers());
  }

  private static ProblemException unknown(UUID id) {
    return Problems.notFound("There is no contract " + id + " in your reach in this company.");
  }
}
