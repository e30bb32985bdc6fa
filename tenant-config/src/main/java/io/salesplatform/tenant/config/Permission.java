package io.salesplatform.tenant.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a person may do in a tenant. Every tenant endpoint names the one permission it needs; roles
 * are sets of permissions: the standard ones fixed here (see {@link TenantRole#permissions()}),
 * custom ones defined by each tenant (see {@link RoleDefinition}).
 */
public enum Permission {
  SETTINGS_READ("settings.read", "Read the policy settings, their revisions and diffs"),
  SETTINGS_WRITE("settings.write", "Change the policy settings and roll them back"),
  AUDIT_READ("audit.read", "Read the audit trail and verify its hash chain"),
  USERS_READ("users.read", "List and look up the company's people and their roles"),
  USERS_MANAGE("users.manage", "Add people, set their roles, deactivate and reactivate them"),
  CLIENTS_MANAGE(
      "clients.manage",
      "Create, list and revoke the company's integration clients and their roles"),
  SIGN_IN_MANAGE(
      "sign-in.manage",
      "Set how the company's people sign in: password policy, sign-in theme, own identity"
          + " providers"),
  ROLES_MANAGE("roles.manage", "Define the company's custom roles"),
  CUSTOMERS_READ(
      "customers.read",
      "Read customer files and their follow-up visits, export them, list overdue visits (only"
          + " the customers assigned to oneself, unless customers.all is held too)"),
  CUSTOMERS_WRITE(
      "customers.write",
      "Create and change customer files and record follow-up visits (only the customers assigned"
          + " to oneself, unless customers.all is held too)"),
  CUSTOMERS_ALL(
      "customers.all",
      "Widens customers.read and customers.write from one's own customers to every customer of"
          + " the company, and allows assigning customers to any sales rep"),
  CUSTOMERS_IMPORT("customers.import", "Import customer files from CSV (all rows or none)"),
  OPPORTUNITIES_READ(
      "opportunities.read",
      "Read opportunities, their stage history, overdue stages and the pipeline board (only the"
          + " opportunities one owns or whose current stage one is responsible for, unless"
          + " opportunities.all is held too)"),
  OPPORTUNITIES_WRITE(
      "opportunities.write",
      "Open and change opportunities, move them to the next stage, close them as won or lost"
          + " (within the same reach as opportunities.read)"),
  OPPORTUNITIES_ALL(
      "opportunities.all",
      "Widens opportunities.read and opportunities.write to every opportunity of the company, and"
          + " allows giving opportunities and stages to any person"),
  OPPORTUNITIES_OVERRIDE_STAGE(
      "opportunities.override-stage",
      "Move opportunities past the next stage or back to earlier ones"),
  PRODUCTS_READ("products.read", "Read the product catalogue with list prices and unit costs"),
  PRODUCTS_MANAGE(
      "products.manage", "Add products to the catalogue, change their prices, deactivate them"),
  GOALS_READ(
      "goals.read",
      "Read the quarterly goals of the company, its teams and its reps, with live progress"),
  GOALS_MANAGE("goals.manage", "Set, change and remove quarterly goals"),
  APPRAISALS_READ(
      "appraisals.read",
      "Read published appraisals with every rep's explained result; comment on or dispute one's"
          + " own"),
  APPRAISALS_RATE(
      "appraisals.rate", "Rate colleagues' team collaboration for the quarterly appraisal"),
  APPRAISALS_MANAGE(
      "appraisals.manage",
      "Run appraisals, preview other weights, publish a quarter's appraisal, answer disputes, see"
          + " who rated whom"),
  PLUGINS_MANAGE(
      "plugins.manage",
      "Choose the plugin, version and extension serving pricing, credit checks and surveys, and"
          + " configure it"),
  // the money side of the sales core: credit checks, quotes and contracts (policy 4.4, 5.3-5.5,
  // 6.4, 7.1, 7.2)
  CREDIT_READ(
      "credit.read",
      "Read customers' credit checks and credit profile (within one's customer reach)"),
  CREDIT_CHECK(
      "credit.check",
      "Run the company's credit-check plugin on a customer (within one's customer reach)"),
  QUOTES_READ(
      "quotes.read",
      "Read quotes and their versions (those of the opportunities in one's reach; every one with"
          + " opportunities.all)"),
  QUOTES_WRITE(
      "quotes.write",
      "Make, revise and send quotes and record the customer's answer (within the same reach)"),
  QUOTES_APPROVE(
      "quotes.approve",
      "Approve or reject quotes whose prices or discounts need a manager (not one's own)"),
  CONTRACTS_READ(
      "contracts.read",
      "Read contracts, milestones and fulfilment (those of the opportunities in one's reach;"
          + " every one with opportunities.all or contracts.review)"),
  CONTRACTS_WRITE(
      "contracts.write",
      "Make contracts from accepted quotes, amend and submit them, sign approved ones, keep"
          + " their milestones (within the same reach)"),
  CONTRACTS_REVIEW(
      "contracts.review", "Legal review of every contract: approve, reject or request changes"),
  CONTRACTS_CREDIT_APPROVE(
      "contracts.credit-approve",
      "Approve signing a contract beyond the customer's credit limit or without a current"
          + " credit decision"),
  // teams and supervision (policy 4.1, 7, 8)
  TEAMS_READ("teams.read", "Read the company's teams, their managers and members"),
  TEAMS_MANAGE("teams.manage", "Form, change and dissolve teams"),
  RISKS_READ(
      "risks.read", "Read the risk register, the risks whose review is overdue and the heat map"),
  RISKS_MANAGE("risks.manage", "Register risks and change their rating, mitigation and status"),
  MARKET_ANALYSES_READ(
      "market-analyses.read", "Read the market analyses and when the next one is due"),
  MARKET_ANALYSES_WRITE(
      "market-analyses.write",
      "Record market analyses with their findings and the strategy changes that followed"),
  INSPECTIONS_READ(
      "inspections.read", "Read inspections, their checklists and findings, and overdue findings"),
  INSPECTIONS_MANAGE(
      "inspections.manage",
      "Schedule inspections with a scope, a day, an inspector and a checklist"),
  INSPECTIONS_CONDUCT(
      "inspections.conduct",
      "Be named an inspection's inspector; record its results and findings and complete it (only"
          + " the inspections one is named for)"),
  FEEDBACK_RAISE(
      "feedback.raise",
      "Raise problems and suggestions to management and read one's own with their answers"),
  FEEDBACK_ANSWER("feedback.answer", "Read everyone's feedback and answer it, setting its status"),
  // after-sales (policy 4.5, 5.6): surveys, in the caller's customer reach
  SURVEYS_READ(
      "surveys.read",
      "Read issued surveys, their answers and scores, and the aggregated satisfaction (of the"
          + " customers in one's reach)"),
  SURVEYS_SEND(
      "surveys.send",
      "Issue a satisfaction survey with a signed link to a customer's contact (a customer in"
          + " one's reach)"),
  // supervision computed from the data (policy 7.2, 8.1) and the dashboards per role
  FINDINGS_READ(
      "findings.read",
      "Read the automatic findings (overdue stages and visits, quotes approved below the margin"
          + " floor, contract milestones past due, tickets past their deadline) and their summary (only those on one's own"
          + " records, unless opportunities.all is held too)"),
  DASHBOARDS_REP(
      "dashboards.rep",
      "Read one's own dashboard: pipeline, goals of the quarter, visits due and overdue, overdue"
          + " stages and automatic findings"),
  DASHBOARDS_MANAGER(
      "dashboards.manager",
      "Read a team's dashboard: funnel with conversion, goal attainment and overdue items (within"
          + " one's opportunity reach)"),
  DASHBOARDS_ADMIN(
      "dashboards.admin",
      "Read the company's dashboard: appraisal distribution, risk heat map, automatic findings"
          + " and credit exposure"),
  // after-sales tickets (policy 4.5, 5.6): complaints and feedback, in the caller's customer reach
  TICKETS_READ(
      "tickets.read",
      "Read complaint and feedback tickets with their history and the overdue ones (of the"
          + " customers in one's reach and the tickets assigned to oneself)"),
  TICKETS_WRITE(
      "tickets.write",
      "Open tickets, respond to them, resolve, close and reopen them, and open a repeat-sale"
          + " opportunity from one (within the same reach)"),
  TICKETS_ASSIGN("tickets.assign", "Assign tickets to any person of the company and reassign them");

  private final String id;
  private final String description;

  Permission(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The permission's name in endpoints, documents and custom roles. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public static Optional<Permission> byId(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }

  /** Every permission's id, in order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Permission::id).toList();
  }
}
