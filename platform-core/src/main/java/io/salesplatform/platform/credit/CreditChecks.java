package io.salesplatform.platform.credit;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.credit.CreditViews.CreditCheckView;
import io.salesplatform.platform.credit.CreditViews.CreditProfile;
import io.salesplatform.platform.customer.Customer;
import io.salesplatform.platform.customer.CustomerScope;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.plugin.PluginCalls;
import io.salesplatform.platform.plugin.SelectedExtension;
import io.salesplatform.platform.plugin.TenantPlugins;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.PaymentHistory;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the tenant's credit-check plugin on a customer with the platform's own figures (exposure,
 * overdue invoices and payment history from contracts, the limit granted before), keeps each
 * decision with what was sent, and tells the customer file and the deal rules the latest one.
 */
@ApplicationScoped
public class CreditChecks {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject TenantPlugins plugins;
  @Inject PluginCalls calls;
  @Inject CustomerLedger ledger;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  @Transactional
  public CreditCheckView check(UUID customerId, CreditCheckOrder order, CustomerScope scope) {
    TenantSettings current = settings.current().settings();
    Customer customer = reachable(customerId, scope).orElseThrow(() -> unknown(customerId));
    List<Problem.FieldError> errors = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO;
    if (Inputs.blankToNull(order.amount) != null) {
      try {
        amount = new BigDecimal(order.amount.strip());
        if (amount.signum() < 0) {
          errors.add(new Problem.FieldError("amount", "not negative"));
        }
      } catch (NumberFormatException e) {
        errors.add(new Problem.FieldError("amount", "a decimal number such as 25000.00"));
      }
    }
    String currency =
        Optional.ofNullable(Inputs.blankToNull(order.currency))
            .orElse(current.currency().getCurrencyCode());
    if (!currency.matches("[A-Z]{3}") || !known(currency)) {
      errors.add(new Problem.FieldError("currency", "an ISO 4217 code such as EUR"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The credit check is invalid.", errors);
    }
    SelectedExtension<CreditCheckProvider> provider =
        plugins
            .selected(current, PluginPoint.CREDIT_CHECK, CreditCheckProvider.class)
            .orElseThrow(
                () ->
                    Problems.unprocessable(
                        "no-credit-check-plugin",
                        "No credit-check plugin",
                        "The company has chosen no credit-check plugin, so no credit can be"
                            + " checked; its admin chooses one (PUT /api/t/{tenant}/plugins/"
                            + "credit-check)."));
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, current.timeZone());
    CustomerLedger.Figures figures = ledger.figures(customerId, currency, today);
    Optional<CreditCheck> previous = latest(customerId);
    io.salesplatform.plugin.api.Money limitBefore =
        previous
            .map(CreditCheck::decision)
            .filter(d -> d.currency().equals(currency))
            .map(d -> io.salesplatform.plugin.api.Money.of(d.limit(), currency))
            .orElse(null);
    CreditCheckRequest request;
    try {
      request =
          new CreditCheckRequest(
              customerId.toString(),
              customer.name(),
              Inputs.blankToNull(order.countryCode),
              Inputs.blankToNull(order.registrationNumber),
              figures.customerSince(),
              io.salesplatform.plugin.api.Money.of(amount, currency),
              io.salesplatform.plugin.api.Money.of(figures.exposure(), currency),
              io.salesplatform.plugin.api.Money.of(figures.overdue(), currency),
              figures.oldestOverdueDays(),
              limitBefore,
              new PaymentHistory(
                  figures.invoicesPaid(), figures.invoicesPaidLate(), figures.averageDaysLate()));
    } catch (InvalidRequestException e) {
      throw Problems.badRequest(e.field() == null ? "request" : e.field(), e.getMessage());
    }
    CreditDecision decision =
        calls.call(
            provider,
            database.tenantId().toString(),
            (p, context) -> p.check(request, context),
            d ->
                d.creditLimit().currency().equals(currency)
                    ? null
                    : "decided a limit in "
                        + d.creditLimit().currency()
                        + " for a deal in "
                        + currency);
    CreditCheck check =
        new CreditCheck(
            customerId,
            now,
            scope.callerId(),
            new CreditStanding.Decision(
                CreditStanding.Outcome.valueOf(decision.outcome().name()),
                decision.rating().name(),
                decision.score(),
                decision.creditLimit().amount(),
                currency,
                now,
                decision.expiresAt()),
            request.requestedAmount().amount(),
            request.currentExposure().amount(),
            JSON.toJson(decision.reasons()),
            decision.reference(),
            provider.plugin().id(),
            provider.plugin().version(),
            provider.name(),
            JSON.toJson(inputs(request)));
    database.entityManager().persist(check);
    CreditCheckView view = view(check);
    audit.record(
        scope.actor(),
        "credit.check",
        "customer:" + customerId,
        "Checked the credit of " + customer.name() + ": " + view.decision() + ", " + view.rating(),
        null,
        view);
    outbox.emit("credit.checked", "customer", customerId, view);
    return view;
  }

  @Transactional
  public List<CreditCheckView> history(UUID customerId, PageRequest page, CustomerScope scope) {
    reachable(customerId, scope).orElseThrow(() -> unknown(customerId));
    return database
        .entityManager()
        .createQuery(
            "select c from CreditCheck c where c.customerId = :customer"
                + " order by c.checkedAt desc, c.id",
            CreditCheck.class)
        .setParameter("customer", customerId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(CreditChecks::view)
        .toList();
  }

  @Transactional
  public long count(UUID customerId, CustomerScope scope) {
    reachable(customerId, scope).orElseThrow(() -> unknown(customerId));
    return database
        .entityManager()
        .createQuery(
            "select count(c) from CreditCheck c where c.customerId = :customer", Long.class)
        .setParameter("customer", customerId)
        .getSingleResult();
  }

  /** The customer's latest decision, if it was ever checked. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<CreditCheck> latest(UUID customerId) {
    return database
        .entityManager()
        .createQuery(
            "select c from CreditCheck c where c.customerId = :customer"
                + " order by c.checkedAt desc, c.id",
            CreditCheck.class)
        .setParameter("customer", customerId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The credit profile the customer file shows; the caller has checked the reach. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CreditProfile profile(UUID customerId) {
    TenantSettings current = settings.current().settings();
    Instant now = clock.instant();
    Optional<CreditCheck> latest = latest(customerId);
    String currency =
        latest.map(c -> c.decision().currency()).orElse(current.currency().getCurrencyCode());
    BigDecimal exposure =
        ledger
            .figures(customerId, currency, LocalDate.ofInstant(now, current.timeZone()))
            .exposure();
    if (latest.isEmpty()) {
      return new CreditProfile(
          null, null, null, new Money(exposure, currency), null, null, null, false);
    }
    CreditStanding.Decision d = latest.get().decision();
    boolean fresh =
        CreditStanding.notCurrent(
                Optional.of(d), now, current.quotes().creditDecisionMaxAgeDays(), d.currency())
            .isEmpty();
    return new CreditProfile(
        d.outcome().name().toLowerCase(),
        d.rating(),
        new Money(d.limit(), currency),
        new Money(exposure, currency),
        new Money(d.limit().subtract(exposure), currency),
        d.decidedAt(),
        d.expiresAt(),
        fresh);
  }

  static CreditCheckView view(CreditCheck c) {
    CreditStanding.Decision d = c.decision();
    return new CreditCheckView(
        c.id(),
        c.customerId(),
        c.checkedAt(),
        c.checkedBy(),
        d.outcome().name().toLowerCase(),
        d.rating(),
        d.score(),
        new Money(d.limit(), d.currency()),
        new Money(c.requestedAmount(), d.currency()),
        new Money(c.exposure(), d.currency()),
        d.expiresAt(),
        JSON.fromJson(c.reasons(), new ArrayList<String>() {}.getClass().getGenericSuperclass()),
        c.reference(),
        c.pluginId(),
        c.pluginVersion(),
        c.extension(),
        JSON.fromJson(c.request(), Map.class));
  }

  /** The request as plain values, kept with the decision. */
  private static Map<String, Object> inputs(CreditCheckRequest r) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("customerId", r.customerId());
    inputs.put("customerName", r.customerName());
    inputs.put("countryCode", r.countryCode());
    inputs.put("registrationNumber", r.registrationNumber());
    inputs.put("customerSince", r.customerSince() == null ? null : r.customerSince().toString());
    inputs.put("currency", r.currency());
    inputs.put("requestedAmount", r.requestedAmount().amount());
    inputs.put("currentExposure", r.currentExposure().amount());
    inputs.put("overdueAmount", r.overdueAmount().amount());
    inputs.put("oldestOverdueDays", r.oldestOverdueDays());
    inputs.put(
        "currentCreditLimit",
        r.currentCreditLimit() == null ? null : r.currentCreditLimit().amount());
    inputs.put("invoicesPaid", r.paymentHistory().invoicesPaid());
    inputs.put("invoicesPaidLate", r.paymentHistory().invoicesPaidLate());
    inputs.put("averageDaysLate", r.paymentHistory().averageDaysLate());
    return inputs;
  }

  private static boolean known(String currency) {
    try {
      Currency.getInstance(currency);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Optional<Customer> reachable(UUID id, CustomerScope scope) {
    Customer customer = database.entityManager().find(Customer.class, id);
    return customer == null || !scope.reaches(customer.assignedRepId())
        ? Optional.empty()
        : Optional.of(customer);
  }

  private static ProblemException unknown(UUID id) {
    return Problems.notFound("There is no customer " + id + " in your reach in this company.");
  }
}
