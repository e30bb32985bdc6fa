package io.salesplatform.tenant.config;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standard roles every tenant has (policy chapter 2.2 and 3). A person holds roles per tenant:
 * a consultant may be a sales rep in one company and an inspector in another. A tenant may define
 * custom roles of its own beside these (see {@link RoleName}); those are data of the tenant, not
 * constants of the code.
 */
public enum TenantRole {
  TENANT_ADMIN(
      "tenant-admin",
      "Runs the company's account: its people, roles, integration clients and policy settings",
      EnumSet.allOf(Permission.class)),
  SALES_MANAGER(
      "sales-manager",
      "Sales director or manager: reads the policy and the company's people, runs every customer"
          + " file and opportunity, assigns them to reps and may override the stage sequence",
      EnumSet.of(
          Permission.SETTINGS_READ,
          Permission.USERS_READ,
          Permission.CUSTOMERS_READ,
          Permission.CUSTOMERS_WRITE,
          Permission.CUSTOMERS_ALL,
          Permission.CUSTOMERS_IMPORT,
          Permission.OPPORTUNITIES_READ,
          Permission.OPPORTUNITIES_WRITE,
          Permission.OPPORTUNITIES_ALL,
          Permission.OPPORTUNITIES_OVERRIDE_STAGE,
          Permission.PRODUCTS_READ,
          Permission.PRODUCTS_MANAGE,
          Permission.GOALS_READ,
          Permission.GOALS_MANAGE,
          Permission.APPRAISALS_READ,
          Permission.APPRAISALS_RATE,
          Permission.APPRAISALS_MANAGE,
          // deals: approves quotes and signing beyond credit
          Permission.CREDIT_READ,
          Permission.CREDIT_CHECK,
          Permission.QUOTES_READ,
          Permission.QUOTES_WRITE,
          Permission.QUOTES_APPROVE,
          Permission.CONTRACTS_READ,
          Permission.CONTRACTS_WRITE,
          Permission.CONTRACTS_CREDIT_APPROVE,
          Permission.TEAMS_READ,
          Permission.TEAMS_MANAGE,
          Permission.RISKS_READ,
          Permission.RISKS_MANAGE,
          Permission.MARKET_ANALYSES_READ,
          Permission.MARKET_ANALYSES_WRITE,
          Permission.INSPECTIONS_READ,
          Permission.INSPECTIONS_MANAGE,
          Permission.FEEDBACK_RAISE,
          Permission.FEEDBACK_ANSWER,
          Permission.SURVEYS_READ,
          Permission.SURVEYS_SEND,
          // supervision: automatic findings of everyone, own and team dashboards
          Permission.FINDINGS_READ,
          Permission.DASHBOARDS_REP,
          Permission.DASHBOARDS_MANAGER,
          // after-sales tickets: sees and reassigns all
          Permission.TICKETS_READ,
          Permission.TICKETS_WRITE,
          Permission.TICKETS_ASSIGN)),
  // a rep keeps the files of their own customers (4.2), visits them and works their own
  // opportunities stage by stage (4.3)
  SALES_REP(
      "sales-rep",
      "Sales representative: keeps the files of the customers assigned to them, visits them and"
          + " works their own opportunities stage by stage",
      EnumSet.of(
          Permission.SETTINGS_READ,
          Permission.CUSTOMERS_READ,
          Permission.CUSTOMERS_WRITE,
          Permission.OPPORTUNITIES_READ,
          Permission.OPPORTUNITIES_WRITE,
          Permission.PRODUCTS_READ,
          Permission.GOALS_READ,
          Permission.APPRAISALS_READ,
          Permission.APPRAISALS_RATE,
          // deals: checks credit, quotes and contracts within reach
          Permission.CREDIT_READ,
          Permission.CREDIT_CHECK,
          Permission.QUOTES_READ,
          Permission.QUOTES_WRITE,
          Permission.CONTRACTS_READ,
          Permission.CONTRACTS_WRITE,
          Permission.TEAMS_READ,
          Permission.MARKET_ANALYSES_READ,
          Permission.FEEDBACK_RAISE,
          Permission.SURVEYS_READ,
          Permission.SURVEYS_SEND,
          // supervision: the automatic findings on their own records, their own dashboard
          Permission.FINDINGS_READ,
          Permission.DASHBOARDS_REP,
          // after-sales tickets of their own customers and those assigned to them
          Permission.TICKETS_READ,
          Permission.TICKETS_WRITE)),
  // marketing develops customers through research, fairs and the web (5.1): it brings lists of
  // prospects in and reads every file for market analysis (7.3), but a rep keeps each file
  MARKETING(
      "marketing",
      "Marketing staff: imports prospects from research, trade shows and the web, reads every"
          + " customer file and the pipeline",
      EnumSet.of(
          Permission.SETTINGS_READ,
          Permission.CUSTOMERS_READ,
          Permission.CUSTOMERS_ALL,
          Permission.CUSTOMERS_IMPORT,
          Permission.OPPORTUNITIES_READ,
          Permission.OPPORTUNITIES_ALL,
          Permission.PRODUCTS_READ,
          Permission.TEAMS_READ,
          Permission.RISKS_READ,
          Permission.MARKET_ANALYSES_READ,
          Permission.MARKET_ANALYSES_WRITE,
          Permission.FEEDBACK_RAISE,
          Permission.SURVEYS_READ,
          Permission.GOALS_READ,
          Permission.APPRAISALS_READ,
          Permission.APPRAISALS_RATE,
          // complaints and feedback feed market analysis
          Permission.TICKETS_READ)),
  // legal reviews contracts, which name products and prices
  LEGAL(
      "legal",
      "Legal reviewer of contracts",
      EnumSet.of(
          Permission.SETTINGS_READ,
          Permission.PRODUCTS_READ,
          // deals: reads and reviews every contract (4.4, 7.1)
          Permission.CONTRACTS_READ,
          Permission.CONTRACTS_REVIEW,
          Permission.RISKS_READ,
          Permission.FEEDBACK_RAISE)),
  // inspection (8.1) needs the whole record: who did what, and with which people
  INSPECTOR(
      "inspector",
      "Supervises and inspects: reads the audit trail, the company's people, every customer file"
          + " and the pipeline",
      EnumSet.of(
          Permission.SETTINGS_READ,
          Permission.AUDIT_READ,
          Permission.USERS_READ,
          Permission.CUSTOMERS_READ,
          Permission.CUSTOMERS_ALL,
          Permission.OPPORTUNITIES_READ,
          Permission.OPPORTUNITIES_ALL,
          Permission.PRODUCTS_READ,
          Permission.GOALS_READ,
          Permission.APPRAISALS_READ,
          // deals: reads credit, quotes and contracts
          Permission.CREDIT_READ,
          Permission.QUOTES_READ,
          Permission.CONTRACTS_READ,
          Permission.TEAMS_READ,
          Permission.RISKS_READ,
          Permission.MARKET_ANALYSES_READ,
          Permission.INSPECTIONS_READ,
          Permission.INSPECTIONS_CONDUCT,
          Permission.FEEDBACK_RAISE,
          Permission.SURVEYS_READ,
          // supervision: automatic findings of everyone
          Permission.FINDINGS_READ,
          Permission.TICKETS_READ));

  private final String id;
  private final String description;
  private final Set<Permission> permissions;

  TenantRole(String id, String description, Set<Permission> permissions) {
    this.id = id;
    this.description = description;
    this.permissions = Collections.unmodifiableSet(permissions);
  }

  /** What the role allows. */
  public Set<Permission> permissions() {
    return permissions;
  }

  /** What the standard ones among {@code roles} (role ids) allow together. */
  public static Set<Permission> permissionsOf(Collection<String> roles) {
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    roles.stream()
        .map(TenantRole::byId)
        .flatMap(Optional::stream)
        .forEach(r -> granted.addAll(r.permissions));
    return granted;
  }

  /** The role's name on the wire, in tokens and in identity-provider groups. */
  public String id() {
    return id;
  }

  /** Who holds the role, in a sentence. */
  public String description() {
    return description;
  }

  /** Every standard role's id, in order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(TenantRole::id).toList();
  }

  public static Optional<TenantRole> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** Whether {@code id} names a standard role, as opposed to one a tenant defined. */
  public static boolean isStandard(String id) {
    return byId(id).isPresent();
  }
}
