package io.salesplatform.platform.ticket;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.contract.Contract;
import io.salesplatform.platform.customer.Customer;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.pipeline.Opportunities;
import io.salesplatform.platform.pipeline.OpportunityRequests;
import io.salesplatform.platform.pipeline.OpportunityViews.OpportunityView;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.survey.SurveyContact;
import io.salesplatform.platform.survey.SurveyIssuer;
import io.salesplatform.platform.survey.SurveyNotIssued;
import io.salesplatform.platform.survey.SurveyTrigger;
import io.salesplatform.platform.survey.SurveyViews;
import io.salesplatform.platform.tenant.TenantMember;
import io.salesplatform.platform.tenant.TenantMembers;
import io.salesplatform.tenant.config.settings.ComplaintResponseHours;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The current tenant's after-sales tickets. Every step is checked, audited and told to the outbox
 * in its transaction; a caller reaches only what their {@link TicketScope} allows, anything else
 * being unknown (404); a step the flow forbids is a 422 naming why. Closing a ticket surveys the
 * customer's satisfaction through {@link SurveyIssuer}; the closing never fails for the survey's
 * sake.
 */
@ApplicationScoped
public class Tickets {

  public static final Set<String> SORTABLE =
      Set.of("openedAt", "updatedAt", "responseDue", "resolutionDue");

  static final int TEXT_MAX = 10_000;
  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
  private static final Logger LOG = Logger.getLogger(Tickets.class.getName());

  @Inject TenantDatabase database;
  @Inject TenantMembers members;
  @Inject TenantSettingsService settings;
  @Inject SurveyIssuer surveys;
  @Inject Opportunities opportunities;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which tickets to list; every criterion is optional.
   *
   * @param customerId only this customer's
   * @param assigneeId only those assigned to this person
   * @param status only those standing so
   * @param kind only complaints or feedback
   * @param severity only of this severity
   * @param category only of this category
   * @param overdue only those past a deadline now
   * @param from only those opened on or after this day
   * @param to only those opened before this day
   * @param team only those assigned to one of these people (a team's, ADR 24)
   */
  public record Filter(
      UUID customerId,
      String assigneeId,
      TicketStatus status,
      String kind,
      String severity,
      String category,
      boolean overdue,
      LocalDate from,
      LocalDate to,
      Set<String> team) {}

  /** The response hours the company gives a complaint of {@code severity}. */
  public static int responseHours(ComplaintResponseHours hours, String severity) {
    return switch (severity) {
      case "critical" -> hours.critical();
      case "high" -> hours.high();
      case "medium" -> hours.medium();
      case "low" -> hours.low();
      default -> throw new IllegalArgumentException("not a severity: " + severity);
    };
  }

  @Transactional
  public TicketViews.TicketView open(TicketRequests.Open request, TicketScope scope) {
    List<Problem.FieldError> errors = new ArrayList<>();
    UUID customerId = id(request.customerId, "customerId", true, errors);
    UUID contractId = id(request.contractId, "contractId", false, errors);
    String kind = Inputs.blankToNull(request.kind);
    if (kind == null || !Ticket.KINDS.contains(kind)) {
      errors.add(new Problem.FieldError("kind", "complaint or feedback"));
    }
    String category = Inputs.blankToNull(request.category);
    if (category == null || !Ticket.CATEGORIES.contains(category)) {
      errors.add(
          new Problem.FieldError("category", "one of " + String.join(", ", Ticket.CATEGORIES)));
    }
    String severity = Inputs.blankToNull(request.severity);
    if (severity == null || !Ticket.SEVERITIES.contains(severity)) {
      errors.add(
          new Problem.FieldError("severity", "one of " + String.join(", ", Ticket.SEVERITIES)));
    }
    String subject = Inputs.blankToNull(request.subject);
    if (subject == null || subject.length() > 200) {
      errors.add(new Problem.FieldError("subject", "1 to 200 characters"));
    }
    String description = Inputs.blankToNull(request.description);
    if (description == null || description.length() > TEXT_MAX) {
      errors.add(new Problem.FieldError("description", "1 to " + TEXT_MAX + " characters"));
    }
    String contactName = null;
    String contactEmail = null;
    String contactPhone = null;
    if (request.contact != null) {
      contactName = Inputs.blankToNull(request.contact.name);
      contactEmail = Inputs.blankToNull(request.contact.email);
      contactPhone = Inputs.blankToNull(request.contact.phone);
      if (contactName == null || contactName.length() > 200) {
        errors.add(new Problem.FieldError("contact.name", "1 to 200 characters"));
      }
      if (contactEmail != null && (contactEmail.length() > 320 || !contactEmail.matches(EMAIL))) {
        errors.add(new Problem.FieldError("contact.email", "an e-mail address"));
      }
      if (contactPhone != null && contactPhone.length() > 50) {
        errors.add(new Problem.FieldError("contact.phone", "at most 50 characters"));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The ticket is invalid.", errors);
    }
    EntityManager em = database.entityManager();
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null || !scope.reaches(null, customer.assignedRepId())) {
      throw Problems.badRequest("customerId", "no customer in your reach has this id");
    }
    if (contractId != null) {
      Contract contract = em.find(Contract.class, contractId);
      if (contract == null || !contract.customerId().equals(customerId)) {
        throw Problems.badRequest("contractId", "no contract of this customer has this id");
      }
    }
    members.admit(
        scope.callerId(), scope.caller().username(), scope.caller().email(), scope.caller().name());
    String assignee = Inputs.blankToNull(request.assigneeId);
    if (assignee == null) {
      assignee = customer.assignedRepId();
    } else if (!assignee.equals(customer.assignedRepId())) {
      assignee = assignable(assignee, scope);
    }
    TenantSettingsService.Current current = settings.current();
    int hours = responseHours(current.settings().complaints().responseHoursBySeverity(), severity);
    Instant now = now();
    Ticket ticket =
        new Ticket(
            new Ticket.Content(
                customerId,
                contractId,
                kind,
                category,
                severity,
                subject,
                description,
                contactName,
                contactEmail,
                contactPhone),
            assignee,
            hours,
            current.revision(),
            scope.callerId(),
            now);
    em.persist(ticket);
    TicketViews.TicketView view = view(ticket);
    audit.record(
        scope.actor(),
        "ticket.open",
        "ticket:" + ticket.id(),
        "Opened the " + severity + " " + kind + " " + subject + " of " + customer.name(),
        null,
        view);
    outbox.emit("ticket.opened", "ticket", ticket.id(), view);
    return view;
  }

  @Transactional
  public Optional<TicketViews.TicketView> find(UUID id, TicketScope scope) {
    return reachable(id, scope).map(this::view);
  }

  /** The ticket in reach, for what is opened from it (a repeat sale). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Ticket require(UUID id, TicketScope scope) {
    return reachable(id, scope).orElseThrow(() -> unknown(id.toString()));
  }

  /**
   * Opens a repeat-sale opportunity for the ticket's customer (policy 5.6), owned by the customer's
   * rep.
   */
  @Transactional
  public OpportunityView repeatSale(
      UUID id, OpportunityRequests.RepeatSale request, TicketScope scope) {
    Ticket ticket = require(id, scope);
    return opportunities.openRepeatSale(
        ticket.customerId(), "ticket", ticket.id(), request, scope.actor(), scope.all());
  }

  @Transactional
  public TicketViews.TicketView respond(
      UUID id, TicketRequests.Step request, long basedOn, TicketScope scope) {
    String text = text(request.text, "text");
    return step(
        id,
        basedOn,
        scope,
        t -> t.respond(text, scope.callerId(), now()),
        "ticket.respond",
        "ticket.responded",
        t -> "Responded to " + t.subject());
  }

  @Transactional
  public TicketViews.TicketView resolve(
      UUID id, TicketRequests.Step request, long basedOn, TicketScope scope) {
    String text = text(request.text, "text");
    return step(
        id,
        basedOn,
        scope,
        t -> t.resolve(text, scope.callerId(), now()),
        "ticket.resolve",
        "ticket.resolved",
        t -> "Resolved " + t.subject());
  }

  @Transactional
  public TicketViews.TicketView reopen(
      UUID id, TicketRequests.Step request, long basedOn, TicketScope scope) {
    String text = text(request.text, "text");
    return step(
        id,
        basedOn,
        scope,
        t -> t.reopen(text, scope.callerId(), now()),
        "ticket.reopen",
        "ticket.reopened",
        t -> "Reopened " + t.subject());
  }

  @Transactional
  public TicketViews.TicketView assign(
      UUID id, TicketRequests.Assign request, long basedOn, TicketScope scope) {
    String requested = Inputs.blankToNull(request.assigneeId);
    if (requested == null) {
      throw Problems.badRequest("assigneeId", "required: the person who handles the ticket");
    }
    Ticket ticket = reachable(id, scope).orElseThrow(() -> unknown(id.toString()));
    Versions.require(ticket.version(), basedOn, "ticket " + id);
    String assignee = assignable(requested, scope);
    if (assignee.equals(ticket.assigneeId())) {
      return view(ticket);
    }
    return step(
        id,
        basedOn,
        scope,
        t -> t.assign(assignee, scope.callerId(), now()),
        "ticket.assign",
        "ticket.assigned",
        t -> "Assigned " + t.subject() + " to " + assignee);
  }

  /**
   * Closes a resolved ticket and surveys the customer's satisfaction (trigger {@code
   * ticket-closure}) at the ticket's contact when it has an e-mail address, else at the customer's
   * first contact with one. Without a survey plugin, without such a contact or when the plugin
   * fails, the closing still commits and {@code survey.not-issued} says why.
   */
  @Transactional
  public TicketViews.TicketView close(UUID id, long basedOn, TicketScope scope) {
    // the survey is issued with the closing, so that the closing's audit record and event carry it
    return step(
        id,
        basedOn,
        scope,
        t -> {
          Optional<String> refused = t.close(scope.callerId(), now());
          if (refused.isEmpty()) {
            survey(t, scope);
          }
          return refused;
        },
        "ticket.close",
        "ticket.closed",
        t -> "Closed " + t.subject());
  }

  /**
   * Surveys the customer about a closed ticket; when no survey can go out, says why in a {@code
   * survey.not-issued} event and the closing stands.
   */
  private void survey(Ticket ticket, TicketScope scope) {
    SurveyContact contact =
        ticket.contactEmail() == null
            ? null
            : new SurveyContact(ticket.contactName(), ticket.contactEmail());
    try {
      SurveyViews.IssuedSurvey issued =
          surveys.issue(
              ticket.customerId(),
              contact,
              SurveyTrigger.TICKET_CLOSURE,
              ticket.id().toString(),
              scope.actor());
      ticket.surveyed(issued.survey().id());
    } catch (ProblemException e) {
      LOG.info(() -> "no survey at closing of ticket " + ticket.id() + ": " + e.getMessage());
      outbox.emit(
          "survey.not-issued",
          "ticket",
          ticket.id(),
          SurveyNotIssued.of(SurveyTrigger.TICKET_CLOSURE, ticket.customerId(), e));
    }
  }

  @Transactional
  public List<TicketViews.TicketView> page(
      Filter filter, Sort sort, PageRequest page, TicketScope scope) {
    Reps reps = Reps.of(database.entityManager());
    Instant now = now();
    return query(filter, scope, "select t", sort.jpql("t", "id"), Ticket.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(t -> TicketViews.of(t, reps, now))
        .toList();
  }

  @Transactional
  public long count(Filter filter, TicketScope scope) {
    return query(filter, scope, "select count(t)", "", Long.class).getSingleResult();
  }

  private TicketViews.TicketView step(
      UUID id,
      long basedOn,
      TicketScope scope,
      Function<Ticket, Optional<String>> change,
      String action,
      String event,
      Function<Ticket, String> summary) {
    Ticket ticket = reachable(id, scope).orElseThrow(() -> unknown(id.toString()));
    Versions.require(ticket.version(), basedOn, "ticket " + id);
    Reps reps = Reps.of(database.entityManager());
    TicketViews.TicketView before = TicketViews.of(ticket, reps, now());
    change
        .apply(ticket)
        .ifPresent(
            r -> {
              throw Problems.unprocessable("ticket-step-refused", "Ticket step refused", r);
            });
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("ticket " + id, basedOn, basedOn + 1);
    }
    TicketViews.TicketView after = TicketViews.of(ticket, reps, now());
    audit.record(scope.actor(), action, "ticket:" + id, summary.apply(ticket), before, after);
    outbox.emit(event, "ticket", id, after);
    return after;
  }

  /** An active person of the company; someone other than the caller only with tickets.assign. */
  private String assignable(String requested, TicketScope scope) {
    if (requested.equals(scope.callerId())) {
      members.admit(
          scope.callerId(),
          scope.caller().username(),
          scope.caller().email(),
          scope.caller().name());
      return requested;
    }
    TenantMember member = database.entityManager().find(TenantMember.class, requested);
    if (member == null || !member.isActive()) {
      throw Problems.badRequest("assigneeId", "no active person of the company has this id");
    }
    if (!scope.mayAssign()) {
      throw Problems.forbidden(
          "Only someone allowed tickets.assign gives a ticket to anyone but its customer's rep.");
    }
    return requested;
  }

  private Optional<Ticket> reachable(UUID id, TicketScope scope) {
    EntityManager em = database.entityManager();
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null) {
      return Optional.empty();
    }
    if (scope.all() || scope.callerId().equals(ticket.assigneeId())) {
      return Optional.of(ticket);
    }
    Customer customer = em.find(Customer.class, ticket.customerId());
    return customer != null && scope.reaches(ticket.assigneeId(), customer.assignedRepId())
        ? Optional.of(ticket)
        : Optional.empty();
  }

  /** Now, to the microsecond PostgreSQL keeps, so that an answer matches what is read later. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private TicketViews.TicketView view(Ticket ticket) {
    return TicketViews.of(ticket, Reps.of(database.entityManager()), now());
  }

  private <T> TypedQuery<T> query(
      Filter filter, TicketScope scope, String select, String order, Class<T> type) {
    TenantSettings current = settings.current().settings();
    StringBuilder jpql = new StringBuilder(select + " from Ticket t where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!scope.all()) {
      jpql.append(
          " and (t.assigneeId = :self or t.customerId in"
              + " (select c.id from Customer c where c.assignedRepId = :self))");
      parameters.put("self", scope.callerId());
    }
    if (filter.customerId() != null) {
      jpql.append(" and t.customerId = :customer");
      parameters.put("customer", filter.customerId());
    }
    if (filter.assigneeId() != null) {
      jpql.append(" and t.assigneeId = :assignee");
      parameters.put("assignee", filter.assigneeId());
    }
    if (filter.team() != null) {
      jpql.append(" and t.assigneeId in :team");
      parameters.put("team", List.copyOf(filter.team()));
    }
    if (filter.status() != null) {
      jpql.append(" and t.status = :status");
      parameters.put("status", filter.status().id());
    }
    if (filter.kind() != null) {
      jpql.append(" and t.kind = :kind");
      parameters.put("kind", filter.kind());
    }
    if (filter.severity() != null) {
      jpql.append(" and t.severity = :severity");
      parameters.put("severity", filter.severity());
    }
    if (filter.category() != null) {
      jpql.append(" and t.category = :category");
      parameters.put("category", filter.category());
    }
    if (filter.overdue()) {
      jpql.append(
          " and t.status in ('open', 'in-progress') and ((t.firstResponseAt is null and"
              + " t.responseDue < :now) or t.resolutionDue < :now)");
      parameters.put("now", now());
    }
    if (filter.from() != null) {
      jpql.append(" and t.openedAt >= :from");
      parameters.put("from", filter.from().atStartOfDay(current.timeZone()).toInstant());
    }
    if (filter.to() != null) {
      jpql.append(" and t.openedAt < :to");
      parameters.put("to", filter.to().atStartOfDay(current.timeZone()).toInstant());
    }
    TypedQuery<T> query = database.entityManager().createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static String text(String value, String field) {
    String text = Inputs.blankToNull(value);
    if (text == null || text.length() > TEXT_MAX) {
      throw Problems.badRequest(field, "required: 1 to " + TEXT_MAX + " characters");
    }
    return text;
  }

  private static UUID id(
      String value, String field, boolean required, List<Problem.FieldError> errors) {
    if (Inputs.blankToNull(value) == null) {
      if (required) {
        errors.add(new Problem.FieldError(field, "required"));
      }
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError(field, "not an id"));
      return null;
    }
  }

  static ProblemException unknown(String id) {
    return Problems.notFound("There is no ticket " + id + " in your reach.");
  }
}
