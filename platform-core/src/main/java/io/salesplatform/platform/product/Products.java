package io.salesplatform.platform.product;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.Constraints;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The current tenant's product catalogue; every change checked whole, audited and told. */
@ApplicationScoped
public class Products {

  public static final Set<String> SORTABLE = Set.of("sku", "name", "listPrice", "updatedAt");

  static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which products to list.
   *
   * @param active only those offered (true) or not (false), or all
   * @param text only those whose SKU or name contains this, ignoring case
   */
  public record Filter(Boolean active, String text) {}

  @Transactional
  public ProductView create(ProductRequest request, AuditTrail.Actor actor) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String sku = request.sku == null ? "" : request.sku.strip();
    if (!SKU.matcher(sku).matches()) {
      errors.add(
          new Problem.FieldError(
              "sku",
              "1 to 40 upper-case letters, digits, '-', '_' or '.', starting with a letter or"
                  + " digit"));
    }
    ProductTerms terms = terms(request, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The product is invalid.", errors);
    }
    EntityManager entityManager = database.entityManager();
    if (bySku(sku).isPresent()) {
      throw taken(sku);
    }
    Product product = new Product(sku, terms, clock.instant());
    try {
      entityManager.persist(product);
      entityManager.flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw taken(sku);
      }
      throw e;
    }
    ProductView view = ProductView.of(product);
    audit.record(
        actor,
        "product.create",
        "product:" + sku,
        "Added " + sku + " to the catalogue",
        null,
        view);
    outbox.emit("product.created", "product", product.id(), view);
    return view;
  }

  @Transactional
  public Optional<ProductView> find(UUID id) {
    return Optional.ofNullable(database.entityManager().find(Product.class, id))
        .map(ProductView::of);
  }

  @Transactional
  public ProductView update(UUID id, ProductRequest request, long basedOn, AuditTrail.Actor actor) {
    Product product =
        Optional.ofNullable(database.entityManager().find(Product.class, id))
            .orElseThrow(() -> unknown(id.toString()));
    List<Problem.FieldError> errors = new ArrayList<>();
    if (request.sku != null && !request.sku.strip().equals(product.sku())) {
      errors.add(new Problem.FieldError("sku", "a product keeps its SKU"));
    }
    ProductTerms terms = terms(request, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The product is invalid.", errors);
    }
    Versions.require(product.version(), basedOn, "product " + product.sku());
    ProductView before = ProductView.of(product);
    if (!product.change(terms, clock.instant())) {
      return before;
    }
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("product " + product.sku(), basedOn, basedOn + 1);
    }
    ProductView after = ProductView.of(product);
    audit.record(
        actor,
        "product.update",
        "product:" + product.sku(),
        "Changed " + product.sku(),
        before,
        after);
    outbox.emit("product.updated", "product", id, after);
    return after;
  }

  @Transactional
  public List<ProductView> page(Filter filter, Sort sort, PageRequest page) {
    return query(filter, "select p", sort.jpql("p", "id", Set.of("name")), Product.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(ProductView::of)
        .toList();
  }

  @Transactional
  public long count(Filter filter) {
    return query(filter, "select count(p)", "", Long.class).getSingleResult();
  }

  private ProductTerms terms(ProductRequest request, List<Problem.FieldError> errors) {
    String name = request.name == null ? null : request.name.strip();
    if (name == null || name.isEmpty()) {
      errors.add(new Problem.FieldError("name", "required"));
    } else if (name.length() > 200) {
      errors.add(new Problem.FieldError("name", "at most 200 characters"));
    }
    BigDecimal listPrice = Inputs.amount("listPrice", request.listPrice, true, errors);
    BigDecimal unitCost = Inputs.amount("unitCost", request.unitCost, false, errors);
    String currency =
        request.currency == null || request.currency.isBlank()
            ? settings.current().settings().currency().getCurrencyCode()
            : request.currency.strip();
    boolean knownCurrency;
    try {
      knownCurrency = currency.matches("[A-Z]{3}") && Currency.getInstance(currency) != null;
    } catch (IllegalArgumentException e) {
      knownCurrency = false;
    }
    if (!knownCurrency) {
      errors.add(new Problem.FieldError("currency", "an ISO 4217 code such as EUR"));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new ProductTerms(
        name,
        new Money(listPrice, currency),
        unitCost == null ? null : new Money(unitCost, currency),
        request.active == null || request.active);
  }

  private Optional<Product> bySku(String sku) {
    return database
        .entityManager()
        .createQuery("select p from Product p where p.sku = :sku", Product.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst();
  }

  private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from Product p where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.active() != null) {
      jpql.append(" and p.active = :active");
      parameters.put("active", filter.active());
    }
    if (filter.text() != null) {
      jpql.append(
          " and (lower(p.sku) like :text escape '\\' or lower(p.name) like :text escape '\\')");
      parameters.put(
          "text",
          "%"
              + filter
                  .text()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    TypedQuery<T> query = database.entityManager().createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static ProblemException taken(String sku) {
    return Problems.conflict(
        "sku-taken", "SKU taken", "The catalogue already has a product with the SKU " + sku + ".");
  }

  static ProblemException unknown(String id) {
    return Problems.notFound("There is no product " + id + " in this company's catalogue.");
  }
}
