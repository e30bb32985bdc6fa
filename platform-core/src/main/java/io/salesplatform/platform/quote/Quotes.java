package io.salesplatform.platform.quote;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.credit.CreditCheck;
import io.salesplatform.platform.credit.CreditChecks;
import io.salesplatform.platform.credit.CreditStanding;
import io.salesplatform.platform.customer.Customer;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.pipeline.Opportunity;
import io.salesplatform.platform.pipeline.OpportunityScope;
import io.salesplatform.platform.pricing.PricePreview;
import io.salesplatform.platform.pricing.PricingService;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.product.Product;
import io.salesplatform.platform.quote.QuoteViews.Decision;
import io.salesplatform.platform.quote.QuoteViews.QuoteView;
import io.salesplatform.platform.quote.QuoteViews.VersionView;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.platform.tenant.TenantMember;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's quotes. A quote is in a caller's reach when its opportunity is (or they own
 * the quote); anything else is unknown (404). Each change is checked, audited and told to the
 * outbox in its transaction; a step the quote's state or the credit rules forbid is a 422 naming
 * why.
 */
@ApplicationScoped
public class Quotes {

  public static final Set<String> SORTABLE =
      Set.of("createdAt", "updatedAt", "netTotal", "responseDue", "validUntil");

  static final Jsonb JSON = JsonbBuilder.create();

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject TenantContext tenant;
  @Inject PricingService pricing;
  @Inject CreditChecks credit;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which quotes to list; every criterion is optional.
   *
   * @param opportunityId of this opportunity
   * @param customerId of this customer
   * @param status in this status
   * @param ownerId made by this person
   * @param from made on or after this day
   * @param to made before this day
   */
  public record Filter(
      UUID opportunityId,
      UUID customerId,
      QuoteStatus status,
      String ownerId,
      LocalDate from,
      LocalDate to) {}

  @Transactional
  public QuoteView create(QuoteRequests.Draft request, OpportunityScope scope) {
    TenantSettingsService.Current current = settings.current();
    TenantSettings s = current.settings();
    List<Problem.FieldError> errors = new ArrayList<>();
    UUID opportunityId = null;
    if (Inputs.blankToNull(request.opportunityId) == null) {
      errors.add(new Problem.FieldError("opportunityId", "required"));
    } else {
      try {
        opportunityId = UUID.fromString(request.opportunityId.strip());
      } catch (IllegalArgumentException e) {
        errors.add(new Problem.FieldError("opportunityId", "not an id"));
      }
    }
    Instant now = clock.instant();
    Instant requestedAt = now;
    if (Inputs.blankToNull(request.requestedAt) != null) {
      try {
        requestedAt = Instant.parse(request.requestedAt.strip());
        if (requestedAt.isAfter(now)) {
          errors.add(new Problem.FieldError("requestedAt", "not in the future"));
        }
      } catch (DateTimeParseException e) {
        errors.add(
            new Problem.FieldError("requestedAt", "an instant such as 2026-03-31T09:00:00Z"));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The quote is invalid.", errors);
    }
    EntityManager em = database.entityManager();
    Opportunity opportunity = em.find(Opportunity.class, opportunityId);
    if (opportunity == null || !scope.reaches(opportunity)) {
      throw Problems.badRequest("opportunityId", "no opportunity in your reach has this id");
    }
    if (opportunity.status() != Opportunity.Status.OPEN) {
      throw Problems.unprocessable(
          "opportunity-closed",
          "Opportunity closed",
          "The opportunity is "
              + opportunity.status().name().toLowerCase()
              + "; it gets no quote.");
    }
    Customer customer = em.find(Customer.class, opportunity.customerId());
    String currency = s.currency().getCurrencyCode();
    Priced priced = price(request.lines, customer, currency, current);
    Quote quote =
        new Quote(
            opportunity.id(),
            opportunity.customerId(),
            scope.callerId(),
            currency,
            requestedAt,
            requestedAt.plus(Duration.ofHours(s.quotes().responseTimeHours())),
            now);
    quote.revise(priced.preview().netTotal(), priced.approvalRequired(), now);
    em.persist(quote);
    QuoteVersion version = priced.version(quote.id(), 1, scope.callerId(), now);
    em.persist(version);
    QuoteView view = view(quote, version, now, s);
    audit.record(
        scope.actor(),
        "quote.create",
        "quote:" + quote.id(),
        "Made a quote of " + view.total().amount() + " " + currency + " for " + customer.name(),
        null,
        view);
    outbox.emit("quote.created", "quote", quote.id(), view);
    return view;
  }

  @Transactional
  public QuoteView revise(
      UUID id, QuoteRequests.Draft request, long basedOn, OpportunityScope scope) {
    TenantSettingsService.Current current = settings.current();
    Quote quote = reachable(id, scope).orElseThrow(() -> unknown(id));
    if (request.opportunityId != null
        && !request.opportunityId.strip().equals(quote.opportunityId().toString())) {
      throw Problems.badRequest("opportunityId", "a quote keeps its opportunity");
    }
    Versions.require(quote.version(), basedOn, "quote " + id);
    EntityManager em = database.entityManager();
    Customer customer = em.find(Customer.class, quote.customerId());
    Instant now = clock.instant();
    QuoteView before = view(quote, now, current.settings());
    if (!quote.status().revisable()) {
      refuse(quote.revise(BigDecimal.ZERO, false, now).orElseThrow());
    }
    Priced priced = price(request.lines, customer, quote.currency(), current);
    refuse(quote.revise(priced.preview().netTotal(), priced.approvalRequired(), now));
    QuoteVersion version =
        priced.version(quote.id(), quote.currentVersion(), scope.callerId(), now);
    em.persist(version);
    flush(id, basedOn);
    QuoteView after = view(quote, version, now, current.settings());
    audit.record(
        scope.actor(),
        "quote.revise",
        "quote:" + id,
        "Revised the quote to version " + quote.currentVersion(),
        before,
        after);
    outbox.emit("quote.revised", "quote", id, after);
    return after;
  }

  @Transactional
  public QuoteView decide(
      UUID id, QuoteRequests.Approval request, long basedOn, OpportunityScope scope) {
    TenantSettings s = settings.current().settings();
    Quote quote = reachable(id, scope).orElseThrow(() -> unknown(id));
    String decision = request.decision == null ? "" : request.decision.strip();
    String comment = Inputs.blankToNull(request.comment);
    List<Problem.FieldError> errors = new ArrayList<>();
    if (!decision.equals("approve") && !decision.equals("reject")) {
      errors.add(new Problem.FieldError("decision", "approve or reject"));
    }
    if (decision.equals("reject") && comment == null) {
      errors.add(new Problem.FieldError("comment", "required: what must change"));
    }
    if (comment != null && comment.length() > 2000) {
      errors.add(new Problem.FieldError("comment", "at most 2000 characters"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The decision is invalid.", errors);
    }
    Versions.require(quote.version(), basedOn, "quote " + id);
    Instant now = clock.instant();
    QuoteView before = view(quote, now, s);
    boolean approve = decision.equals("approve");
    refuse(quote.decide(approve, scope.callerId(), comment, now));
    flush(id, basedOn);
    QuoteView after = view(quote, now, s);
    audit.record(
        scope.actor(),
        approve ? "quote.approve" : "quote.reject",
        "quote:" + id,
        (approve ? "Approved" : "Rejected")
            + " version "
            + quote.currentVersion()
            + " of the quote",
        before,
        after);
    outbox.emit(approve ? "quote.approved" : "quote.rejected", "quote", id, after);
    return after;
  }

  @Transactional
  public QuoteView send(UUID id, long basedOn, OpportunityScope scope) {
    TenantSettings s = settings.current().settings();
    Quote quote = reachable(id, scope).orElseThrow(() -> unknown(id));
    Versions.require(quote.version(), basedOn, "quote " + id);
    Instant now = clock.instant();
    QuoteView before = view(quote, now, s);
    if (quote.status() == QuoteStatus.PENDING_APPROVAL || quote.status() == QuoteStatus.REJECTED) {
      refuse(quote.send(today(s), s.quotes().validityDays(), now).orElseThrow());
    }
    if (s.quotes().creditCheckRequiredBeforeSending()
        && (quote.status() == QuoteStatus.DRAFT || quote.status() == QuoteStatus.APPROVED)) {
      Optional<CreditStanding.Decision> latest =
          credit.latest(quote.customerId()).map(CreditCheck::decision);
      CreditStanding.forSending(
              latest,
              now,
              s.quotes().creditDecisionMaxAgeDays(),
              quote.currency(),
              quote.status() == QuoteStatus.APPROVED)
          .ifPresent(
              r -> {
                throw Problems.unprocessable(r.type(), "Credit does not allow sending", r.detail());
              });
    }
    refuse(quote.send(today(s), s.quotes().validityDays(), now));
    flush(id, basedOn);
    QuoteView after = view(quote, now, s);
    audit.record(
        scope.actor(),
        "quote.send",
        "quote:" + id,
        "Sent version " + quote.currentVersion() + ", valid until " + quote.validUntil(),
        before,
        after);
    outbox.emit("quote.sent", "quote", id, after);
    return after;
  }

  @Transactional
  public QuoteView answer(
      UUID id, QuoteRequests.Response request, long basedOn, OpportunityScope scope) {
    TenantSettings s = settings.current().settings();
    Quote quote = reachable(id, scope).orElseThrow(() -> unknown(id));
    String answer = request.answer == null ? "" : request.answer.strip();
    String reason = Inputs.blankToNull(request.reason);
    List<Problem.FieldError> errors = new ArrayList<>();
    if (!answer.equals("accepted") && !answer.equals("refused")) {
      errors.add(new Problem.FieldError("answer", "accepted or refused"));
    }
    if (answer.equals("refused") && reason == null) {
      errors.add(new Problem.FieldError("reason", "required: why the customer refused"));
    }
    if (reason != null && reason.length() > 2000) {
      errors.add(new Problem.FieldError("reason", "at most 2000 characters"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The answer is invalid.", errors);
    }
    Versions.require(quote.version(), basedOn, "quote " + id);
    Instant now = clock.instant();
    QuoteView before = view(quote, now, s);
    boolean accepted = answer.equals("accepted");
    refuse(quote.answer(accepted, reason, today(s), now));
    flush(id, basedOn);
    QuoteView after = view(quote, now, s);
    audit.record(
        scope.actor(),
        accepted ? "quote.accept" : "quote.refuse",
        "quote:" + id,
        "The customer " + answer + " version " + quote.currentVersion() + " of the quote",
        before,
        after);
    outbox.emit(accepted ? "quote.accepted" : "quote.refused", "quote", id, after);
    return after;
  }

  @Transactional
  public Optional<QuoteView> find(UUID id, OpportunityScope scope) {
    return reachable(id, scope).map(q -> view(q, clock.instant(), settings.current().settings()));
  }

  @Transactional
  public List<VersionView> versions(UUID id, OpportunityScope scope) {
    reachable(id, scope).orElseThrow(() -> unknown(id));
    return database
        .entityManager()
        .createQuery(
            "select v from QuoteVersion v where v.quoteId = :id order by v.number",
            QuoteVersion.class)
        .setParameter("id", id)
        .getResultStream()
        .map(Quotes::versionView)
        .toList();
  }

  @Transactional
  public Optional<VersionView> version(UUID id, int number, OpportunityScope scope) {
    reachable(id, scope).orElseThrow(() -> unknown(id));
    return Optional.ofNullable(
            database.entityManager().find(QuoteVersion.class, new QuoteVersion.Key(id, number)))
        .map(Quotes::versionView);
  }

  @Transactional
  public List<QuoteView> page(Filter filter, Sort sort, PageRequest page, OpportunityScope scope) {
    TenantSettings s = settings.current().settings();
    Instant now = clock.instant();
    Map<String, Rep> reps = reps();
    @SuppressWarnings("unchecked")
    List<Quote> found =
        query(filter, scope, s, "select q", sort.jpql("q", "id"))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return found.stream().map(q -> view(q, current(q), now, s, reps)).toList();
  }

  @Transactional
  public long count(Filter filter, OpportunityScope scope) {
    TenantSettings s = settings.current().settings();
    return ((Number) query(filter, scope, s, "select count(q)", "").getSingleResult()).longValue();
  }

  /** An accepted quote in reach with its current version, for a contract to be made from. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Accepted> accepted(UUID id, OpportunityScope scope) {
    return reachable(id, scope).map(q -> new Accepted(q, current(q)));
  }

  /**
   * A quote with its current version.
   *
   * @param quote the quote
   * @param version its current version
   */
  public record Accepted(Quote quote, QuoteVersion version) {}

  /** Lines priced, with what decides the approval. */
  private record Priced(
      PricePreview preview,
      List<Map<String, Object>> lines,
      List<Map<String, Object>> reasons,
      boolean approvalRequired,
      int settingsRevision) {

    QuoteVersion version(UUID quoteId, int number, String by, Instant now) {
      return new QuoteVersion(
          quoteId,
          number,
          JSON.toJson(lines),
          preview.currency(),
          preview.listTotal(),
          preview.discountTotal(),
          preview.netTotal(),
          approvalRequired,
          JSON.toJson(reasons),
          preview.pluginId(),
          preview.version(),
          preview.extension(),
          settingsRevision,
          by,
          now);
    }
  }

  /**
   * Prices the lines from the active catalogue by the company's pricing plugin (at list price
   * without one). Approval is required when the plugin says so, or when a line asks for a discount
   * beyond what the caller's roles may grant by the company's {@code discountApproval}.
   */
  private Priced price(
      List<QuoteRequests.Line> requested,
      Customer customer,
      String currency,
      TenantSettingsService.Current current) {
    if (requested == null || requested.isEmpty()) {
      throw Problems.badRequest("lines", "required: at least one line");
    }
    EntityManager em = database.entityManager();
    List<Problem.FieldError> errors = new ArrayList<>();
    List<PriceLine> lines = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      String at = "lines[" + i + "]";
      QuoteRequests.Line line = requested.get(i);
      if (line == null) {
        errors.add(new Problem.FieldError(at, "a line is required"));
        continue;
      }
      Product product = null;
      try {
        product =
            line.productId == null ? null : em.find(Product.class, UUID.fromString(line.productId));
      } catch (IllegalArgumentException e) {
        product = null;
      }
      if (product == null || !product.terms().active()) {
        errors.add(new Problem.FieldError(at + ".productId", "no active product has this id"));
        continue;
      }
      if (!product.terms().listPrice().currency().equals(currency)) {
        errors.add(
            new Problem.FieldError(
                at + ".productId",
                "priced in "
                    + product.terms().listPrice().currency()
                    + ", the quote in "
                    + currency));
        continue;
      }
      if (line.quantity == null || line.quantity.signum() <= 0) {
        errors.add(new Problem.FieldError(at + ".quantity", "more than 0"));
        continue;
      }
      BigDecimal discount = line.discountPercent == null ? BigDecimal.ZERO : line.discountPercent;
      if (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0) {
        errors.add(new Problem.FieldError(at + ".discountPercent", "0 to 100"));
        continue;
      }
      try {
        lines.add(
            new PriceLine(
                product.id().toString(),
                product.sku(),
                line.quantity,
                io.salesplatform.plugin.api.Money.of(
                    product.terms().listPrice().amount(), currency),
                product.terms().unitCost() == null
                    ? null
                    : io.salesplatform.plugin.api.Money.of(
                        product.terms().unitCost().amount(), currency),
                discount));
      } catch (InvalidRequestException e) {
        errors.add(new Problem.FieldError(at, e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The quote's lines are invalid.", errors);
    }
    TenantSettings s = current.settings();
    PricePreview preview =
        pricing.price(
            new PriceRequest(
                customer.id().toString(),
                customer.segment(),
                tenant.roles(),
                today(s),
                currency,
                lines));
    BigDecimal mayGrant = s.quotes().maxDiscountWithoutApproval(tenant.roles());
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (PricePreview.Reason reason : preview.approvalReasons()) {
      reasons.add(reason(reason.code(), reason.line(), reason.message()));
    }
    List<Map<String, Object>> stored = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      PriceLine asked = lines.get(i);
      PricePreview.Line priced = preview.lines().get(i);
      if (asked.requestedDiscountPercent().compareTo(mayGrant) > 0) {
        reasons.add(
            reason(
                "discount-above-role-limit",
                i + 1,
                "A discount of "
                    + asked.requestedDiscountPercent().stripTrailingZeros().toPlainString()
                    + "% is more than the "
                    + mayGrant.stripTrailingZeros().toPlainString()
                    + "% your roles may grant without approval"));
      }
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("productId", priced.productId());
      line.put("sku", priced.sku());
      line.put("quantity", priced.quantity());
      line.put("requestedDiscountPercent", asked.requestedDiscountPercent());
      line.put("listPrice", priced.listPrice());
      line.put("unitPrice", priced.unitPrice());
      line.put("discountPercent", priced.discountPercent());
      line.put("lineTotal", priced.lineTotal());
      stored.add(line);
    }
    return new Priced(
        preview,
        stored,
        reasons,
        preview.approvalRequired() || !reasons.isEmpty(),
        current.revision());
  }

  private static Map<String, Object> reason(String code, Integer line, String message) {
    Map<String, Object> reason = new LinkedHashMap<>();
    reason.put("code", code);
    reason.put("line", line);
    reason.put("message", message);
    return reason;
  }

  private static void refuse(Optional<Quote.Refusal> refusal) {
    refusal.ifPresent(QuotesRefusals::raise);
  }

  private static void refuse(Quote.Refusal refusal) {
    QuotesRefusals.raise(refusal);
  }

  /** Turns a quote's refusal into its 422 problem. */
  static final class QuotesRefusals {
    private QuotesRefusals() {}

    static void raise(Quote.Refusal refusal) {
      throw Problems.unprocessable(refusal.type(), "Quote step refused", refusal.detail());
    }
  }

  private void flush(UUID id, long basedOn) {
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("quote " + id, basedOn, basedOn + 1);
    }
  }

  private Optional<Quote> reachable(UUID id, OpportunityScope scope) {
    EntityManager em = database.entityManager();
    Quote quote = em.find(Quote.class, id);
    if (quote == null) {
      return Optional.empty();
    }
    if (scope.all() || scope.callerId().equals(quote.ownerId())) {
      return Optional.of(quote);
    }
    Opportunity opportunity = em.find(Opportunity.class, quote.opportunityId());
    return opportunity != null && scope.reaches(opportunity)
        ? Optional.of(quote)
        : Optional.empty();
  }

  private QuoteVersion current(Quote quote) {
    return database
        .entityManager()
        .find(QuoteVersion.class, new QuoteVersion.Key(quote.id(), quote.currentVersion()));
  }

  private QuoteView view(Quote quote, Instant now, TenantSettings s) {
    return view(quote, current(quote), now, s, reps());
  }

  private QuoteView view(Quote quote, QuoteVersion version, Instant now, TenantSettings s) {
    return view(quote, version, now, s, reps());
  }

  private QuoteView view(
      Quote q, QuoteVersion version, Instant now, TenantSettings s, Map<String, Rep> reps) {
    Decision decision =
        q.decidedAt() == null
            ? null
            : new Decision(
                q.status() == QuoteStatus.REJECTED ? "rejected" : "approved",
                rep(reps, q.decidedBy()),
                q.approvalComment(),
                q.decidedAt());
    return new QuoteView(
        q.id(),
        q.opportunityId(),
        q.customerId(),
        rep(reps, q.ownerId()),
        q.status().id(),
        new Money(q.netTotal(), q.currency()),
        q.approvalRequired(),
        q.requestedAt(),
        q.responseDue(),
        q.responseOverdue(now),
        decision,
        q.sentOn(),
        q.validUntil(),
        q.expiredOn(LocalDate.ofInstant(now, s.timeZone())),
        q.answerReason(),
        q.answeredAt(),
        version == null ? null : versionView(version),
        q.createdAt(),
        q.updatedAt(),
        q.version());
  }

  @SuppressWarnings("unchecked")
  static VersionView versionView(QuoteVersion v) {
    return new VersionView(
        v.number(),
        JSON.fromJson(v.lines(), List.class),
        v.listTotal(),
        v.discountTotal(),
        v.netTotal(),
        v.currency(),
        v.approvalRequired(),
        JSON.fromJson(v.approvalReasons(), List.class),
        v.pluginId(),
        v.pluginVersion(),
        v.extension(),
        v.settingsRevision(),
        v.createdBy(),
        v.createdAt());
  }

  private Map<String, Rep> reps() {
    Map<String, Rep> reps = new HashMap<>();
    database
        .entityManager()
        .createQuery("select m from TenantMember m", TenantMember.class)
        .getResultStream()
        .forEach(
            m ->
                reps.put(
                    m.userId(),
                    new Rep(m.userId(), m.displayName() == null ? m.username() : m.displayName())));
    return reps;
  }

  private static Rep rep(Map<String, Rep> reps, String id) {
    return id == null ? null : reps.getOrDefault(id, new Rep(id, null));
  }

  private LocalDate today(TenantSettings s) {
    return LocalDate.now(clock.withZone(s.timeZone()));
  }

  private Query query(
      Filter filter, OpportunityScope scope, TenantSettings s, String select, String order) {
    StringBuilder jpql = new StringBuilder(select + " from Quote q where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!scope.all()) {
      jpql.append(
          " and (q.ownerId = :self or q.opportunityId in (select o.id from Opportunity o"
              + " where o.ownerId = :self or o.stageOwnerId = :self))");
      parameters.put("self", scope.callerId());
    }
    if (filter.opportunityId() != null) {
      jpql.append(" and q.opportunityId = :opportunity");
      parameters.put("opportunity", filter.opportunityId());
    }
    if (filter.customerId() != null) {
      jpql.append(" and q.customerId = :customer");
      parameters.put("customer", filter.customerId());
    }
    if (filter.status() != null) {
      jpql.append(" and q.status = :status");
      parameters.put("status", filter.status().name());
    }
    if (filter.ownerId() != null) {
      jpql.append(" and q.ownerId = :owner");
      parameters.put("owner", filter.ownerId());
    }
    if (filter.from() != null) {
      jpql.append(" and q.createdAt >= :from");
      parameters.put("from", filter.from().atStartOfDay(s.timeZone()).toInstant());
    }
    if (filter.to() != null) {
      jpql.append(" and q.createdAt < :to");
      parameters.put("to", filter.to().atStartOfDay(s.timeZone()).toInstant());
    }
    Query query = database.entityManager().createQuery(jpql + order);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static ProblemException unknown(UUID id) {
    return Problems.notFound("There is no quote " + id + " in your reach in this company.");
  }
}
