package io.salesplatform.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long the quarterly appraisal of a large company takes: on a throwaway stack, a data generator
 * gives the demo company {@code reps} reps with their customers, {@code opportunities}
 * opportunities and {@code contracts} contracts signed in the last closed quarter (each from an
 * accepted quote of a won opportunity), a milestone per contract, answered surveys, collaboration
 * ratings and a revenue goal per rep. The generator writes straight into the database in a few
 * set-based statements; the appraisal itself is then asked for through the API, as a company's
 * admin does, and timed end to end ({@code POST /api/t/demo/appraisals/runs}: aggregation, scoring,
 * ranking and the frozen results with the ids of the records behind each figure). A what-if under
 * other weights and one rep's explanation are timed as well. Prints a Markdown report and writes it
 * to {@code target/benchmarks/appraisal.md}.
 *
 * <p>Run: {@code ./devstack/benchmark-appraisal [reps] [opportunities] [contracts] [runs]} (default
 * 500 reps, 300,000 opportunities, 200,000 contracts, 5 timed runs after one warm-up).
 */
public final class AppraisalBenchmark {

  private AppraisalBenchmark() {}

  public static void main(String[] args) throws Exception {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int opportunities = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
    int contracts = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    if (contracts > opportunities) {
      throw new IllegalArgumentException(
          "every contract needs its opportunity: contracts ≤ opportunities");
    }
    Path dist = Path.of("target", "dist").toAbsolutePath();
    Path home = Path.of("target", "benchmark-stack").toAbsolutePath();
    Folders.deleteTree(home);
    StackSettings settings = StackSettings.throwaway(home, dist);
    // the hourly check would appraise the closed quarter on its own while the runs are timed
    try (Stack stack = Stack.start(settings, Map.of("PLATFORM_APPRAISAL_CHECK_MINUTES", "0"))) {
      PlatformApi api = stack.api();
      String admin = api.token(Realms.SALES, "demo-admin", DemoTenant.PASSWORD);
      String base = "/api/t/" + DemoTenant.SLUG;
      PlatformApi.Answer company = api.get(base + "/settings", admin);
      if (company.status() != 200) {
        throw new IOException("reading the settings failed: " + company.raw().body());
      }
      String currency = company.json().path("settings").path("currency").asText("EUR");
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      LocalDate quarterStart =
          today
              .withDayOfMonth(1)
              .withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1)
              .minusMonths(3);
      String quarter = quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
      Map<String, Long> rows;
      long generating = System.nanoTime();
      try (Connection db = DriverManager.getConnection(stack.databaseUrl(), "postgres", "")) {
        rows =
            generate(
                db, new Shape(reps, opportunities, contracts, currency, quarterStart, quarter));
      }
      Duration generated = Duration.ofNanos(System.nanoTime() - generating);
      System.out.printf(Locale.ROOT, "generated %s in %d s%n", rows, generated.toSeconds());

      String body = "{\"quarter\":\"" + quarter + "\"}";
      List<Double> runMillis = new ArrayList<>();
      List<Double> serverMillis = new ArrayList<>();
      String runId = null;
      int appraised = 0;
      for (int i = 0; i <= runs; i++) {
        long begin = System.nanoTime();
        PlatformApi.Answer run = api.post(base + "/appraisals/runs", admin, body);
        double millis = (System.nanoTime() - begin) / 1e6;
        if (run.status() != 201 && run.status() != 200) {
          throw new IOException("appraising failed: " + run.status() + " " + run.raw().body());
        }
        appraised = run.json().path("reps").asInt();
        runId = run.json().path("id").asText();
        if (i > 0) {
          runMillis.add(millis);
          serverMillis.add(
              (double)
                  Duration.between(
                          Instant.parse(run.json().path("startedAt").asText()),
                          Instant.parse(run.json().path("finishedAt").asText()))
                      .toMillis());
        }
      }
      if (appraised != reps) {
        throw new IOException("appraised " + appraised + " reps, expected " + reps);
      }
      long begin = System.nanoTime();
      PlatformApi.Answer whatIf =
          api.post(
              base + "/appraisals/what-if",
              admin,
              "{\"quarter\":\""
                  + quarter
                  + "\",\"weights\":{\"salesRevenue\":20,\"customerSatisfaction\":20,"
                  + "\"newCustomers\":20,\"contractFulfilment\":20,\"teamCollaboration\":20}}");
      double whatIfMillis = (System.nanoTime() - begin) / 1e6;
      if (whatIf.status() != 200) {
        throw new IOException("what-if failed: " + whatIf.status() + " " + whatIf.raw().body());
      }
      begin = System.nanoTime();
      PlatformApi.Answer explained =
          api.get(base + "/appraisals/runs/" + runId + "/results/bench-rep-1", admin);
      double explainMillis = (System.nanoTime() - begin) / 1e6;
      if (explained.status() != 200) {
        throw new IOException(
            "explaining failed: " + explained.status() + " " + explained.raw().body());
      }
      String report =
          report(
              reps, quarter, rows, generated, runMillis, serverMillis, whatIfMillis, explainMillis);
      System.out.println(report);
      Path out = Path.of("target", "benchmarks", "appraisal.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
  }

  /** What to generate: for whom, how much, in which quarter. */
  record Shape(
      int reps,
      int opportunities,
      int contracts,
      String currency,
      LocalDate quarterStart,
      String quarter) {

    int customers() {
      return reps * 40;
    }

    int surveys() {
      return contracts / 8;
    }

    int quarterDays() {
      return (int) (quarterStart.plusMonths(3).toEpochDay() - quarterStart.toEpochDay());
    }
  }

  /**
   * Writes the company's data in set-based statements, in one transaction, as the database's owner
   * (below the row-level policies, which is why every row names the tenant): ids are derived from
   * the row number so the statements can refer to each other's rows without reading them back.
   */
  static Map<String, Long> generate(Connection db, Shape shape) throws SQLException {
    db.setAutoCommit(false);
    String tenant;
    try (PreparedStatement find = db.prepareStatement("select id from tenant where slug = ?")) {
      find.setString(1, DemoTenant.SLUG);
      try (ResultSet found = find.executeQuery()) {
        found.next();
        tenant = found.getString(1);
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("tenant", "'" + tenant + "'::uuid");
    values.put("reps", Integer.toString(shape.reps()));
    values.put("customers", Integer.toString(shape.customers()));
    values.put("opportunities", Integer.toString(shape.opportunities()));
    values.put("contracts", Integer.toString(shape.contracts()));
    values.put("surveys", Integer.toString(shape.surveys()));
    values.put("currency", "'" + shape.currency() + "'");
    values.put("start", "'" + shape.quarterStart() + "'::date");
    values.put("days", Integer.toString(shape.quarterDays()));
    values.put("quarter", "'" + shape.quarter() + "'");
    try (Statement sql = db.createStatement()) {
      sql.execute("select setseed(0.42)");
      for (String statement : STATEMENTS) {
        String resolved = statement;
        for (Map.Entry<String, String> value : values.entrySet()) {
          resolved = resolved.replace(":" + value.getKey(), value.getValue());
        }
        sql.execute(resolved);
      }
    }
    db.commit();
    db.setAutoCommit(true);
    try (Statement sql = db.createStatement()) {
      // as the nightly maintenance would, so the planner knows the tables' new sizes
      sql.execute("analyze");
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table :
        List.of(
            "customer",
            "opportunity",
            "quote",
            "contract",
            "contract_milestone",
            "survey",
            "collaboration_rating",
            "goal")) {
      try (Statement sql = db.createStatement();
          ResultSet count =
              sql.executeQuery(
                  "select count(*) from " + table + " where tenant_id = '" + tenant + "'")) {
        count.next();
        rows.put(table, count.getLong(1));
      }
    }
    return rows;
  }

  /*
   * Rep r (1..reps) is bench-rep-r; customer c belongs to rep (c % reps) + 1; opportunity, quote
   * and contract g belong to customer (g % customers) + 1 and its rep. Contracts are signed at a
   * random moment of the quarter (away from its edges, so no time zone moves one out of it); every
   * contract has one milestone due in the quarter, four in five of them on time.
   */
  private static final List<String> STATEMENTS =
      List.of(
          """
          insert into tenant_member (tenant_id, user_id, username, email, display_name, joined_at, version)
          select :tenant, 'bench-rep-' || r, 'bench-rep-' || r, 'bench-rep-' || r || '@demo.example',
                 'Rep ' || r, now(), 0
          from generate_series(1, :reps) r
          """,
          """
          insert into customer (tenant_id, id, name, industry, segment, contacts, assigned_rep_id,
                                channel, created_at, updated_at, version)
          select :tenant, md5('customer-' || c)::uuid, 'Customer ' || c, 'software',
                 (array['enterprise', 'mid-market', 'small-business'])[1 + c % 3],
                 jsonb_build_array(jsonb_build_object('name', 'Buyer ' || c,
                                                      'email', 'buyer' || c || '@customer.example')),
                 'bench-rep-' || (c % :reps + 1), 'web', now(), now(), 0
          from generate_series(1, :customers) c
          """,
          """
          insert into opportunity (tenant_id, id, customer_id, title, amount, currency, owner_id, stage,
                                   stage_owner_id, stage_entered_at, stage_due, stage_seq, status,
                                   closed_at, created_at, updated_at, version)
          select :tenant, md5('opportunity-' || g)::uuid, md5('customer-' || c)::uuid,
                 'Opportunity ' || g, amount, :currency, rep,
                 case when g <= :contracts then 'implementation-and-tracking'
                      else (array['customer-development', 'needs-analysis', 'proposal-and-quote',
                                  'contract-signing'])[1 + g % 4] end,
                 rep, at, (at + interval '14 days')::date, 1,
                 case when g <= :contracts then 'WON' else 'OPEN' end,
                 case when g <= :contracts then at end, at, at, 0
          from (select g, c, 'bench-rep-' || (c % :reps + 1) as rep,
                       round((1000 + random() * 49000)::numeric, 2) as amount,
                       :start + make_interval(days => 1, secs => random() * (:days - 2) * 86400) as at
                from (select g, g % :customers + 1 as c from generate_series(1, :opportunities) g) o) o
          """,
          """
          insert into quote (tenant_id, id, opportunity_id, customer_id, owner_id, status,
                             current_version, currency, net_total, approval_required, requested_at,
                             response_due, sent_at, sent_on, valid_until, answered_at, created_at,
                             updated_at, version)
          select o.tenant_id, md5('quote-' || g)::uuid, o.id, o.customer_id, o.owner_id, 'ACCEPTED', 1,
                 o.currency, o.amount, false, o.created_at, o.created_at + interval '7 days',
                 o.created_at, o.created_at::date, o.created_at::date + 30, o.created_at,
                 o.created_at, o.created_at, 0
          from generate_series(1, :contracts) g
          join opportunity o on o.tenant_id = :tenant and o.id = md5('opportunity-' || g)::uuid
          """,
          """
          insert into contract (tenant_id, id, number, quote_id, opportunity_id, customer_id, owner_id,
                                lines, value, currency, revision, status, reviewed_revision,
                                reviewed_by, reviewed_at, signed_at, signed_on, signed_by,
                                completed_at, created_at, updated_at, version)
          select q.tenant_id, md5('contract-' || g)::uuid, 100000 + g, q.id, q.opportunity_id,
                 q.customer_id, q.owner_id, '[]', q.net_total, q.currency, 1,
                 case when g % 4 = 0 then 'COMPLETED' else 'SIGNED' end, 1, 'demo-legal',
                 q.created_at, q.created_at, q.created_at::date, 'Buyer',
                 case when g % 4 = 0 then q.created_at end, q.created_at, q.created_at, 0
          from generate_series(1, :contracts) g
          join quote q on q.tenant_id = :tenant and q.id = md5('quote-' || g)::uuid
          """,
          """
          insert into contract_milestone (tenant_id, id, contract_id, title, kind, due_on, status,
                                          done_on, created_at, version)
          select c.tenant_id, md5('milestone-' || g)::uuid, c.id, 'Delivery ' || g,
                 (array['delivery', 'company-obligation', 'invoice'])[1 + g % 3],
                 due, case when g % 5 = 0 then 'PENDING' else 'DONE' end,
                 case when g % 5 = 0 then null when g % 7 = 0 then due + 3 else due end,
                 c.created_at, 0
          from (select g, :start + 1 + (random() * (:days - 3))::int as due
                from generate_series(1, :contracts) g) m
          join contract c on c.tenant_id = :tenant and c.id = md5('contract-' || g)::uuid
          """,
          """
          insert into survey (tenant_id, id, customer_id, contact_name, contact_email, trigger,
                              subject_id, rep_id, plugin_id, plugin_version, extension,
                              questionnaire, token_hash, issued_by, issued_at, expires_at,
                              answered_at, ratings, score, category, version)
          select c.tenant_id, md5('survey-' || g)::uuid, c.customer_id, 'Buyer', 'buyer@customer.example',
                 'contract-completion', c.id::text, c.owner_id, 'nps-survey', '1.0.0', 'nps', '{}',
                 md5('token-' || g), 'platform', c.signed_at, c.signed_at + interval '30 days',
                 c.signed_at + interval '1 day', '{}', score,
                 case when score >= 90 then 'promoter' when score >= 70 then 'passive'
                      else 'detractor' end, 0
          from (select g, (random() * 100)::int as score from generate_series(1, :surveys) g) s
          join contract c on c.tenant_id = :tenant and c.id = md5('contract-' || (g * 8))::uuid
          """,
          """
          insert into collaboration_rating (tenant_id, id, quarter, rated_id, rater_id, rater_role,
                                            rating, created_at, updated_at, version)
          select :tenant, md5('rating-' || r || '-' || k)::uuid, :quarter, 'bench-rep-' || r,
                 'bench-rep-' || ((r + k - 1) % :reps + 1), 'peer', 1 + (random() * 9)::int,
                 :start + 80, :start + 80, 0
          from generate_series(1, :reps) r, generate_series(1, 3) k
          """,
          """
          insert into goal (tenant_id, id, quarter, scope, subject_id, revenue_target, currency,
                            new_customer_target, revenue_assessment, new_customer_assessment,
                            set_by, created_at, updated_at, version)
          select :tenant, md5('goal-' || r)::uuid, :quarter, 'rep', 'bench-rep-' || r,
                 round((:contracts / :reps * 25000 * (0.7 + random() * 0.6))::numeric, 2), :currency,
                 40, 'REALISTIC', 'REALISTIC', 'demo-admin', :start, :start, 0
          from generate_series(1, :reps) r
          """);

  private static String report(
      int reps,
      String quarter,
      Map<String, Long> rows,
      Duration generated,
      List<Double> runMillis,
      List<Double> serverMillis,
      double whatIfMillis,
      double explainMillis) {
    double[] runs = runMillis.stream().mapToDouble(Double::doubleValue).toArray();
    double[] server = serverMillis.stream().mapToDouble(Double::doubleValue).toArray();
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "Appraisal of %d reps for %s; generated in %d s: %s%n%n",
            reps,
            quarter,
            generated.toSeconds(),
            rows));
    text.append("| step | runs | p50 (ms) | max (ms) |\n|---|---:|---:|---:|\n");
    text.append(
        String.format(
            Locale.ROOT,
            "| appraisal run over HTTP (aggregate, score, rank, freeze results) | %d | %.0f | %.0f |%n",
            runs.length,
            ProvisioningBenchmark.percentile(runs, 50),
            ProvisioningBenchmark.percentile(runs, 100)));
    text.append(
        String.format(
            Locale.ROOT,
            "| of which aggregation and scoring (run's startedAt → finishedAt) | %d | %.0f | %.0f |%n",
            server.length,
            ProvisioningBenchmark.percentile(server, 50),
            ProvisioningBenchmark.percentile(server, 100)));
    text.append(
        String.format(
            Locale.ROOT,
            "| what-if under other weights, all reps | 1 | %.0f | %.0f |%n",
            whatIfMillis,
            whatIfMillis));
    text.append(
        String.format(
            Locale.ROOT,
            "| one rep's explained result | 1 | %.0f | %.0f |%n",
            explainMillis,
            explainMillis));
    return text.toString();
  }
}
