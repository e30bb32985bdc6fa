package io.salesplatform.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantArchive;
import io.salesplatform.platform.tenant.TenantId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tenant tables as export and deletion find them, against the real migrations plus two tables a
 * later migration might add (one referring to the other): the catalogue lists them without being
 * told, {@code purge_tenant} removes one tenant's rows from all of them in foreign-key order as the
 * application role, which itself may not delete audit events, and the archive keeps each column's
 * type.
 */
class TenantTablesTest {

  private static MigratedDatabase database;

  @BeforeAll
  static void migrate() throws Exception {
    database = MigratedDatabase.start();
    try (Connection owner = owner();
        Statement sql = owner.createStatement()) {
      // what a later migration adds, following the rules of every tenant table
      sql.execute(
          "create table ledger (tenant_id uuid not null references tenant (id), id integer not"
              + " null, name text not null, profile jsonb, since timestamptz, credit numeric(12,2),"
              + " tags text[], active boolean, logo bytea, note text, primary key (tenant_id, id))");
      sql.execute(
          "create table ledger_note (tenant_id uuid not null, ledger_id integer not null,"
              + " number integer not null, body text not null,"
              + " primary key (tenant_id, ledger_id, number),"
              + " foreign key (tenant_id, ledger_id) references ledger (tenant_id, id))");
      for (String table : List.of("ledger", "ledger_note")) {
        sql.execute("alter table " + table + " enable row level security");
        sql.execute("alter table " + table + " force row level security");
        sql.execute(
            "create policy tenant_isolation on "
                + table
                + " using (tenant_id = (select nullif(current_setting('app.tenant_id', true),"
                + " '')::uuid)) with check (tenant_id = (select"
                + " nullif(current_setting('app.tenant_id', true), '')::uuid))");
        sql.execute("grant select, insert, update, delete on " + table + " to sales_app");
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    database.close();
  }

  @Test
  void theCatalogueNamesEveryTenantTableWithItsKeyIncludingTablesAddedLater() throws Exception {
    try (Connection app = application()) {
      List<TenantTables.Table> tables = TenantTables.list(app);

      assertThat(tables)
          .extracting(TenantTables.Table::name)
          .containsExactly(
              "appraisal_comment",
              "appraisal_result",
              "appraisal_run",
              "audit_event",
              "collaboration_rating",
              "contract",
              "contract_milestone",
              "credit_check",
              "custom_role",
              "customer",
              "customer_visit",
              "feedback",
              "goal",
              "idempotency_key",
              "inspection",
              "inspection_finding",
              "ledger",
              "ledger_note",
              "market_analysis",
              "opportunity",
              "opportunity_stage",
              "outbox_event",
              "product",
              "quote",
              "quote_version",
              "risk",
              "survey",
              "team",
              "tenant_member",
              "tenant_settings_revision",
              "ticket");
      assertThat(named(tables, "ledger_note").key())
          .containsExactly("tenant_id", "ledger_id", "number");
      assertThat(named(tables, "ledger").columns())
          .contains(
              new TenantTables.Column("profile", "jsonb"),
              new TenantTables.Column("since", "timestamp with time zone"),
              new TenantTables.Column("credit", "numeric(12,2)"));
    }
  }

  @Test
  void purgeRemovesOneTenantFromEveryTenantTableAndNothingElse() throws Exception {
    UUID doomed = seedTenant();
    UUID kept = seedTenant();
    List<String> tables = tableNames();
    // every tenant table holds rows of both, so the purge is proved on each of them; a new table
    // makes this fail until its rows are seeded here
    assertThat(tables).allSatisfy(table -> assertThat(rows(table, doomed)).isPositive());
    markDeleting(doomed);

    Map<String, Long> removed;
    try (Connection app = application()) {
      app.setAutoCommit(false);
      removed = TenantTables.purge(app, new TenantId(doomed));
      app.commit();
    }

    assertThat(removed.keySet()).containsAll(tables);
    List<String> order = new ArrayList<>(removed.keySet());
    assertThat(order.indexOf("ledger_note")).isLessThan(order.indexOf("ledger"));
    assertThat(order.indexOf("customer_visit")).isLessThan(order.indexOf("customer"));
    assertThat(order.indexOf("opportunity_stage")).isLessThan(order.indexOf("opportunity"));
    assertThat(order.indexOf("opportunity")).isLessThan(order.indexOf("customer"));
    assertThat(order.indexOf("inspection_finding")).isLessThan(order.indexOf("inspection"));
    assertThat(order.indexOf("survey")).isLessThan(order.indexOf("customer"));
    assertThat(order.indexOf("ticket")).isLessThan(order.indexOf("contract"));
    assertThat(order).last().isEqualTo("tenant");
    assertThat(removed.get("ledger_note")).isEqualTo(2);
    assertThat(removed.get("audit_event")).isEqualTo(1);
    for (String table : tables) {
      assertThat(rows(table, doomed)).as(table + " of the deleted tenant").isZero();
      assertThat(rows(table, kept)).as(table + " of another tenant").isPositive();
    }
    assertThat(registered(doomed)).isFalse();
    assertThat(registered(kept)).isTrue();
  }

  @Test
  void purgeRefusesATenantThatIsNotBeingDeleted() throws Exception {
    UUID active = seedTenant();

    try (Connection app = application()) {
      app.setAutoCommit(false);
      assertThatThrownBy(() -> TenantTables.purge(app, new TenantId(active)))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("not being deleted");
      app.rollback();
    }
    assertThat(rows("audit_event", active)).isEqualTo(1);
    assertThat(registered(active)).isTrue();
  }

  @Test
  void onlyThePurgeRemovesAuditEventsAndItRunsAsTheOwnerOnAPinnedPath() throws Exception {
    UUID tenant = seedTenant();
    try (Connection app = application()) {
      app.setAutoCommit(false);
      useTenant(app, tenant);
      assertThatThrownBy(
              () -> {
                try (Statement sql = app.createStatement()) {
                  sql.executeUpdate("delete from audit_event");
                }
              })
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      app.rollback();
    }
    try (Connection superuser = superuser();
        Statement sql = superuser.createStatement();
        ResultSet function =
            sql.executeQuery(
                "select p.prosecdef, array_to_string(p.proconfig, ';'), r.rolname,"
                    + " has_function_privilege('public', p.oid, 'execute')"
                    + " from pg_proc p join pg_roles r on r.oid = p.proowner"
                    + " where p.proname = 'purge_tenant'")) {
      assertThat(function.next()).isTrue();
      assertThat(function.getBoolean(1)).as("security definer").isTrue();
      assertThat(function.getString(2)).isEqualTo("search_path=public, pg_temp");
      assertThat(function.getString(3)).isEqualTo("sales_owner");
      assertThat(function.getBoolean(4)).as("executable by anyone").isFalse();
    }
  }

  @Test
  void archivedRowsKeepTheirColumnsTypes() throws Exception {
    UUID tenant = seedTenant();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Connection app = application()) {
      app.setAutoCommit(false);
      useTenant(app, tenant);
      TenantTables.Table ledger =
          TenantTables.list(app).stream()
              .filter(t -> t.name().equals("ledger"))
              .findFirst()
              .orElseThrow();
      TenantArchive archive = new TenantArchive(out);
      archive.header(
          Tenant.subscribing(
              "acme",
              "Acme",
              Tenant.POOLED,
              "sales",
              new Tenant.Admin("a", "a@b.c", "A"),
              Instant.now()),
          Instant.now(),
          List.of(ledger));
      String columns =
          ledger.columns().stream().map(c -> c.name()).collect(Collectors.joining(", "));
      try (Statement sql = app.createStatement();
          ResultSet rows = sql.executeQuery("select " + columns + " from ledger")) {
        archive.rows(ledger, rows);
      }
      archive.finish();
      app.rollback();
    }

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    JsonObject line = json(lines[1]);
    assertThat(line.getString("type")).isEqualTo("row");
    assertThat(line.getString("table")).isEqualTo("ledger");
    JsonObject row = line.getJsonObject("row");
    assertThat(row.getString("tenant_id")).isEqualTo(tenant.toString());
    assertThat(row.getInt("id")).isEqualTo(1);
    assertThat(row.getJsonObject("profile").getJsonArray("segments").getString(0))
        .isEqualTo("enterprise");
    assertThat(row.getString("since")).isEqualTo("2024-05-01T08:00:00Z");
    assertThat(row.getJsonNumber("credit").bigDecimalValue()).isEqualByComparingTo("1234.50");
    assertThat(row.getJsonArray("tags").getString(1)).isEqualTo("vip");
    assertThat(row.getBoolean("active")).isTrue();
    assertThat(row.getString("logo")).isEqualTo("AQI=");
    assertThat(row.isNull("note")).isTrue();
    assertThat(json(lines[2]).getJsonObject("rows").getInt("ledger")).isEqualTo(1);
  }

  private static TenantTables.Table named(List<TenantTables.Table> tables, String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  /** A registered tenant with a row in every tenant table (two notes for its one ledger). */
  private static UUID seedTenant() throws SQLException {
    UUID tenant = UUID.randomUUID();
    try (Connection owner = owner()) {
      owner.setAutoCommit(false);
      try (Statement sql = owner.createStatement()) {
        sql.execute(
            "insert into tenant (id, slug, name, status, isolation, realm, admin_email,"
                + " admin_name, admin_username, created_at, updated_at, version) values ('"
                + tenant
                + "', 't"
                + tenant.toString().substring(0, 8)
                + "', 'Company', 'SUSPENDED', 'pooled', 'sales', 'a@b.c', 'A', 'a', now(), now(),"
                + " 0)");
      }
      // FORCE ROW LEVEL SECURITY binds the owner too
      useTenant(owner, tenant);
      String id = "'" + tenant + "'";
      try (Statement sql = owner.createStatement()) {
        sql.execute(
            "insert into tenant_member (tenant_id, user_id, username, joined_at, version) values ("
                + id
                + ", 'u1', 'ann', now(), 0)");
        sql.execute(
            "insert into tenant_settings_revision (tenant_id, number, author_id, author_name,"
                + " reason, created_at, settings, changes) values ("
                + id
                + ", 1, 'op', 'operator', 'defaults', now(), '{}', '[]')");
        sql.execute(
            "insert into audit_event (tenant_id, seq, occurred_at, actor_id, actor_name, action,"
                + " target, summary, prev_hash, hash) values ("
                + id
                + ", 1, now(), 'op', 'operator', 'tenant.subscribe', 'tenant', 'Subscribed', '"
                + "0".repeat(64)
                + "', '"
                + "1".repeat(64)
                + "')");
        sql.execute(
            "insert into ledger (tenant_id, id, name, profile, since, credit, tags, active, logo,"
                + " note) values ("
                + id
                + ", 1, 'Globex', '{\"segments\": [\"enterprise\"]}',"
                + " '2024-05-01 10:00:00+02', 1234.5, array['key', 'vip'], true, '\\x0102', null)");
        sql.execute(
            "insert into ledger_note (tenant_id, ledger_id, number, body) values ("
                + id
                + ", 1, 1, 'first visit'), ("
                + id
                + ", 1, 2, 'second visit')");
        sql.execute(
            "insert into custom_role (tenant_id, name, permissions, created_at, updated_at,"
                + " version) values ("
                + id
                + ", 'key-accounts', 'settings.read', now(), now(), 0)");
        sql.execute(
            "insert into customer (tenant_id, id, name, assigned_rep_id, channel, created_at,"
                + " updated_at, version) values ("
                + id
                + ", '00000000-0000-0000-0000-000000000001', 'Initech', 'u1', 'web', now(), now(),"
                + " 1)");
        sql.execute(
            "insert into customer_visit (tenant_id, id, customer_id, rep_id, planned_for,"
                + " created_at, version) values ("
                + id
                + ", gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'u1',"
                + " current_date, now(), 1)");
        sql.execute(
            "insert into opportunity (tenant_id, id, customer_id, title, amount, currency,"
                + " owner_id, stage, stage_owner_id, stage_entered_at, stage_due, stage_seq,"
                + " status, created_at, updated_at, version) values ("
                + id
                + ", '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001',"
                + " 'CRM', 100.00, 'EUR', 'u1', 'customer-development', 'u1', now(), current_date,"
                + " 1, 'OPEN', now(), now(), 1)");
        sql.execute(
            "insert into opportunity_stage (tenant_id, opportunity_id, seq, stage, owner_id,"
                + " entered_at, due_on, moved_by) values ("
                + id
                + ", '00000000-0000-0000-0000-000000000002', 1, 'customer-development', 'u1',"
                + " now(), current_date, 'u1')");
        // deals: a credit decision, a quote with its first version, a contract and a milestone
        sql.execute(
            "insert into credit_check (tenant_id, id, customer_id, checked_at, checked_by,"
                + " outcome, rating, credit_limit, currency, requested_amount, exposure,"
                + " expires_at, reasons, plugin_id, plugin_version, extension, request) values ("
                + id
                + ", gen_random_uuid(), '00000000-0000-0000-0000-000000000001', now(), 'u1',"
                + " 'APPROVE', 'B', 1000, 'EUR', 0, 0, now(), '[]', 'p', '1', 'e', '{}')");
        sql.execute(
            "insert into quote (tenant_id, id, opportunity_id, customer_id, owner_id, status,"
                + " current_version, currency, net_total, approval_required, requested_at,"
                + " response_due, created_at, updated_at, version) values ("
                + id
                + ", '00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000002',"
                + " '00000000-0000-0000-0000-000000000001', 'u1', 'ACCEPTED', 1, 'EUR', 100,"
                + " false, now(), now(), now(), now(), 1)");
        sql.execute(
            "insert into quote_version (tenant_id, quote_id, number, lines, currency, list_total,"
                + " discount_total, net_total, approval_required, approval_reasons,"
                + " settings_revision, created_by, created_at) values ("
                + id
                + ", '00000000-0000-0000-0000-000000000003', 1, '[]', 'EUR', 100, 0, 100, false,"
                + " '[]', 1, 'u1', now())");
        sql.execute(
            "insert into contract (tenant_id, id, number, quote_id, opportunity_id, customer_id,"
                + " owner_id, lines, value, currency, revision, status, created_at, updated_at,"
                + " version) values ("
                + id
                + ", '00000000-0000-0000-0000-000000000004', 1,"
                + " '00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000002',"
                + " '00000000-0000-0000-0000-000000000001', 'u1', '[]', 100, 'EUR', 1, 'IN_REVIEW',"
                + " now(), now(), 1)");
        sql.execute(
            "insert into contract_milestone (tenant_id, id, contract_id, title, kind, due_on,"
                + " status, created_at, version) values ("
                + id
                + ", gen_random_uuid(), '00000000-0000-0000-0000-000000000004', 'Go-live',"
                + " 'delivery', current_date, 'PENDING', now(), 1)");
        sql.execute(
            "insert into goal (tenant_id, id, quarter, scope, subject_id, revenue_target,"
                + " currency, new_customer_target, revenue_assessment, new_customer_assessment,"
                + " set_by, created_at, updated_at, version) values ("
                + id
                + ", gen_random_uuid(), '2026-Q4', 'rep', 'u1', 1000, 'EUR', 1, 'REALISTIC',"
                + " 'REALISTIC', 'u1', now(), now(), 1)");
        sql.execute(
            "insert into collaboration_rating (tenant_id, id, quarter, rated_id, rater_id,"
                + " rater_role, rating, created_at, updated_at, version) values ("
                + id
                + ", gen_random_uuid(), '2026-Q4', 'u1', 'u2', 'peer', 4, now(), now(), 1)");
        sql.execute(
            "insert into appraisal_run (tenant_id, id, quarter, run_trigger, settings_revision,"
                + " appraisal_settings, rep_count, started_by, started_at, finished_at, version)"
                + " values ("
                + id
                + ", '00000000-0000-0000-0000-000000000005', '2026-Q4', 'on-demand', 1, '{}', 1,"
                + " 'u1', now(), now(), 1)");
        sql.execute(
            "insert into appraisal_result (tenant_id, run_id, rep_id, overall, rank, band,"
                + " outcome, figures, criteria, sources) values ("
                + id
                + ", '00000000-0000-0000-0000-000000000005', 'u1', 50, 1, 'Solid', '{}', '{}',"
                + " '[]', '{}')");
        sql.execute(
            "insert into appraisal_comment (tenant_id, id, run_id, rep_id, kind, text, author_id,"
                + " created_at, version) values ("
                + id
                + ", gen_random_uuid(), '00000000-0000-0000-0000-000000000005', 'u1', 'comment',"
                + " 'Fair', 'u1', now(), 1)");
        sql.execute(
            "insert into product (tenant_id, id, sku, name, list_price, currency, active,"
                + " created_at, updated_at, version) values ("
                + id
                + ", gen_random_uuid(), 'CRM-1', 'CRM seat', 990.00, 'EUR', true, now(), now(), 1)");
        // after-sales
        sql.execute(
            "insert into survey (tenant_id, id, customer_id, contact_name, contact_email, trigger,"
                + " rep_id, plugin_id, plugin_version, extension, questionnaire, token_hash,"
                + " issued_by, issued_at, expires_at, version) values ("
                + id
                + ", gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'Peter',"
                + " 'peter@initech.example', 'manual', 'u1', 'nps-survey', '1.0.0', 'nps',"
                + " '{\"locale\": \"en\", \"questions\": []}', '"
                + "b".repeat(64)
                + "', 'u1', now(), now(), 0)");
        sql.execute(
            "insert into ticket (tenant_id, id, customer_id, contract_id, kind, category,"
                + " severity, subject, description, assignee_id, status, response_hours,"
                + " settings_revision, response_due, resolution_due, history, opened_by,"
                + " opened_at, updated_at, version) values ("
                + id
                + ", gen_random_uuid(), '00000000-0000-0000-0000-000000000001',"
                + " '00000000-0000-0000-0000-000000000004', 'complaint', 'delivery', 'high',"
                + " 'Late', 'Two weeks late', 'u1', 'open', 24, 1, now(), now(), '[]', 'u1',"
                + " now(), now(), 1)");
        sql.execute(
            "insert into idempotency_key (tenant_id, caller_id, key, fingerprint, status,"
                + " created_at) values ("
                + id
                + ", 'u1', 'k1', '"
                + "a".repeat(64)
                + "', 201, now())");
        sql.execute(
            "insert into outbox_event (tenant_id, id, type, aggregate_type, aggregate_id, payload,"
                + " occurred_at) values ("
                + id
                + ", gen_random_uuid(), 'customer.created', 'customer', '1', '{}', now())");
        // teams and supervision
        sql.execute(
            "insert into team (tenant_id, id, name, manager_id, member_ids, created_at,"
                + " updated_at, version) values ("
                + id
                + ", gen_random_uuid(), 'North', 'u1', '[\"u2\"]', now(), now(), 1)");
        sql.execute(
            "insert into risk (tenant_id, id, category, title, owner_id, likelihood, impact,"
                + " score, level, review_on, status, customer_id, created_at, updated_at, version)"
                + " values ("
                + id
                + ", gen_random_uuid(), 'credit', 'Late payer', 'u1', 4, 5, 20, 'critical',"
                + " current_date, 'open', '00000000-0000-0000-0000-000000000001', now(), now(),"
                + " 1)");
        sql.execute(
            "insert into market_analysis (tenant_id, id, period_from, period_to, author_id,"
                + " summary, findings, strategy_changes, created_at, updated_at, version) values ("
                + id
                + ", gen_random_uuid(), '2026-01-01', '2026-03-31', 'u1', 'Prices fall',"
                + " '[\"rivals discount\"]', '[]', now(), now(), 1)");
        sql.execute(
            "insert into inspection (tenant_id, id, title, scope, scheduled_on, inspector_id,"
                + " checklist, status, scheduled_by, created_at, updated_at, version) values ("
                + id
                + ", '00000000-0000-0000-0000-000000000003', 'Visits', 'company', current_date,"
                + " 'u2', '[]', 'SCHEDULED', 'u1', now(), now(), 1)");
        sql.execute(
            "insert into inspection_finding (tenant_id, id, inspection_id, severity, description,"
                + " responsible_id, due_on, status, created_at, updated_at, version) values ("
                + id
                + ", gen_random_uuid(), '00000000-0000-0000-0000-000000000003', 'high', 'Late',"
                + " 'u1', current_date, 'open', now(), now(), 1)");
        sql.execute(
            "insert into feedback (tenant_id, id, category, subject, text, anonymous, raised_by,"
                + " status, created_at, updated_at, version) values ("
                + id
                + ", gen_random_uuid(), 'problem', 'CRM slow', 'Slow', true, 'u1', 'open', now(),"
                + " now(), 1)");
      }
      owner.commit();
    }
    return tenant;
  }

  private static void markDeleting(UUID tenant) throws SQLException {
    try (Connection owner = owner();
        PreparedStatement update =
            owner.prepareStatement("update tenant set status = 'DELETING' where id = ?")) {
      update.setObject(1, tenant);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static List<String> tableNames() throws SQLException {
    try (Connection superuser = superuser()) {
      return TenantTables.list(superuser).stream().map(TenantTables.Table::name).toList();
    }
  }

  /** Rows of the tenant in the table, counted by the superuser, whom Row-Level Security spares. */
  private static long rows(String table, UUID tenant) throws SQLException {
    try (Connection superuser = superuser();
        PreparedStatement count =
            superuser.prepareStatement(
                "select count(*) from \"" + table + "\" where tenant_id = ?")) {
      count.setObject(1, tenant);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static boolean registered(UUID tenant) throws SQLException {
    try (Connection superuser = superuser();
        PreparedStatement query = superuser.prepareStatement("select 1 from tenant where id = ?")) {
      query.setObject(1, tenant);
      try (ResultSet result = query.executeQuery()) {
        return result.next();
      }
    }
  }

  private static void useTenant(Connection connection, UUID tenant) throws SQLException {
    MigratedDatabase.useTenant(connection, tenant);
  }

  private static JsonObject json(String line) {
    try (var reader = Json.createReader(new StringReader(line))) {
      return reader.readObject();
    }
  }

  private static Connection owner() throws SQLException {
    return database.owner();
  }

  private static Connection application() throws SQLException {
    return database.application();
  }

  private static Connection superuser() throws SQLException {
    return database.superuser();
  }
}
