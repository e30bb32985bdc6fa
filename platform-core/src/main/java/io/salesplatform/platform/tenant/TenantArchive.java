package io.salesplatform.platform.tenant;

import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.persistence.TenantTables;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A tenant export as it is written: newline-delimited JSON, one self-contained object per line. The
 * first line describes the archive, the last one counts what came before and carries a SHA-256 over
 * all previous lines, so a download that stopped early is told from a complete one. Lines are
 * written as they are produced; nothing but the running counts and hash is kept. The format is
 * documented line by line in {@code docs/tenant-export.md}.
 */
public final class TenantArchive {

  public static final String MEDIA_TYPE = "application/x-ndjson";
  public static final String FORMAT = "sales-platform-tenant-export";
  public static final int VERSION = 1;

  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
  private static final byte[] NEWLINE = {'\n'};

  private final OutputStream out;
  private final MessageDigest digest;
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private long lines;
  private long people;
  private long clients;
  private boolean started;
  private boolean finished;

  /**
   * What an archive held, as its trailer says.
   *
   * @param rows the rows of each tenant table
   * @param people how many person lines
   * @param clients how many client lines
   * @param lines how many lines came before the trailer
   * @param sha256 the SHA-256 of those lines, hexadecimal
   */
  public record Summary(
      Map<String, Long> rows, long people, long clients, long lines, String sha256) {
    public Summary {
      rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public TenantArchive(OutputStream out) {
    this.out = out;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The first line: the format, the tenant as the registry holds it, and the tables to come. */
  public void header(Tenant tenant, Instant exportedAt, List<TenantTables.Table> tables)
      throws IOException {
    if (started) {
      throw new IllegalStateException("the header is the first line");
    }
    JsonArrayBuilder tableList = JSON.createArrayBuilder();
    for (TenantTables.Table table : tables) {
      JsonArrayBuilder columns = JSON.createArrayBuilder();
      for (TenantTables.Column column : table.columns()) {
        columns.add(
            JSON.createObjectBuilder().add("name", column.name()).add("type", column.type()));
      }
      tableList.add(
          JSON.createObjectBuilder()
              .add("name", table.name())
              .add("key", JSON.createArrayBuilder(table.key()))
              .add("columns", columns));
      rows.put(table.name(), 0L);
    }
    started = true;
    write(
        JSON.createObjectBuilder()
            .add("type", "archive")
            .add("format", FORMAT)
            .add("version", VERSION)
            .add("exportedAt", exportedAt.toString())
            .add(
                "tenant",
                JSON.createObjectBuilder()
                    .add("id", tenant.tenantId().toString())
                    .add("slug", tenant.slug())
                    .add("name", tenant.name())
                    .add("status", tenant.status().name())
                    .add("isolation", tenant.isolation())
                    .add("realm", tenant.realm())
                    .add("createdAt", text(tenant.createdAt()))
                    .add("suspendedAt", text(tenant.suspendedAt()))
                    .add("suspensionReason", text(tenant.suspensionReason())))
            .add("tables", tableList)
            .build());
  }

  /** A person of the tenant as the identity provider knows them. */
  public void person(IdentityDirectory.Member member) throws IOException {
    requireBody();
    people++;
    write(
        JSON.createObjectBuilder()
            .add("type", "person")
            .add(
                "person",
                JSON.createObjectBuilder()
                    .add("id", member.id())
                    .add("username", member.username())
                    .add("email", text(member.email()))
                    .add("name", text(member.name()))
                    .add("roles", sorted(member.roles()))
                    .add("enabled", member.enabled()))
            .build());
  }

  /** An integration client of the tenant; its secret is never part of an archive. */
  public void client(String clientId, String name, Collection<String> roles) throws IOException {
    requireBody();
    clients++;
    write(
        JSON.createObjectBuilder()
            .add("type", "client")
            .add(
                "client",
                JSON.createObjectBuilder()
                    .add("clientId", clientId)
                    .add("name", text(name))
                    .add("roles", sorted(roles)))
            .build());
  }

  /** One line per row of {@code result}, which selects the table's columns in header order. */
  public void rows(TenantTables.Table table, ResultSet result) throws IOException, SQLException {
    requireBody();
    if (!rows.containsKey(table.name())) {
      throw new IllegalStateException(table.name() + " is not among the header's tables");
    }
    List<TenantTables.Column> columns = table.columns();
    long count = rows.get(table.name());
    while (result.next()) {
      JsonObjectBuilder row = JSON.createObjectBuilder();
      for (int i = 0; i < columns.size(); i++) {
        row.add(columns.get(i).name(), value(result, i + 1, columns.get(i).type()));
      }
      write(
          JSON.createObjectBuilder()
              .add("type", "row")
              .add("table", table.name())
              .add("row", row)
              .build());
      count++;
    }
    rows.put(table.name(), count);
  }

  /** The last line, with the counts and the hash of every line before it; flushed. */
  public Summary finish() throws IOException {
    requireBody();
    finished = true;
    String sha256 = HexFormat.of().formatHex(digest.digest());
    JsonObjectBuilder counts = JSON.createObjectBuilder();
    rows.forEach((table, count) -> counts.add(table, count.longValue()));
    Summary summary = new Summary(rows, people, clients, lines, sha256);
    write(
        JSON.createObjectBuilder()
            .add("type", "trailer")
            .add("rows", counts)
            .add("people", people)
            .add("clients", clients)
            .add("lines", lines)
            .add("sha256", sha256)
            .build());
    out.flush();
    return summary;
  }

  /**
   * A column's value as JSON: numbers and booleans as such, {@code json}/{@code jsonb} as the JSON
   * they hold, instants in ISO-8601 UTC, binary data in Base64, arrays as arrays, anything else as
   * its text.
   */
  static JsonValue value(ResultSet result, int index, String type) throws SQLException {
    switch (type) {
      case "json", "jsonb" -> {
        String json = result.getString(index);
        return json == null ? JsonValue.NULL : parse(json);
      }
      case "timestamp with time zone" -> {
        OffsetDateTime time = result.getObject(index, OffsetDateTime.class);
        return time == null ? JsonValue.NULL : Json.createValue(time.toInstant().toString());
      }
      case "timestamp without time zone" -> {
        LocalDateTime time = result.getObject(index, LocalDateTime.class);
        return time == null ? JsonValue.NULL : Json.createValue(time.toString());
      }
      case "date" -> {
        LocalDate date = result.getObject(index, LocalDate.class);
        return date == null ? JsonValue.NULL : Json.createValue(date.toString());
      }
      default -> {
        return plain(result.getObject(index));
      }
    }
  }

  /** A value the database driver returned, as JSON. */
  static JsonValue plain(Object value) throws SQLException {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return Json.createValue(decimal);
    }
    if (value instanceof BigInteger integer) {
      return Json.createValue(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      // JSON has no NaN or infinity; their text keeps them
      return Double.isFinite(number)
          ? Json.createValue(number)
          : Json.createValue(String.valueOf(number));
    }
    if (value instanceof byte[] bytes) {
      return Json.createValue(Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof Array array) {
      try {
        JsonArrayBuilder elements = JSON.createArrayBuilder();
        for (Object element : (Object[]) array.getArray()) {
          elements.add(plain(element));
        }
        return elements.build();
      } finally {
        array.free();
      }
    }
    return Json.createValue(value.toString());
  }

  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  private void write(JsonObject line) throws IOException {
    if (finished && !"trailer".equals(line.getString("type"))) {
      throw new IllegalStateException("nothing follows the trailer");
    }
    byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    out.write(NEWLINE);
    if (!finished) {
      digest.update(bytes);
      digest.update(NEWLINE);
      lines++;
    }
  }

  private void requireBody() {
    if (!started) {
      throw new IllegalStateException("the header comes first");
    }
    if (finished) {
      throw new IllegalStateException("nothing follows the trailer");
    }
  }

  private static JsonArrayBuilder sorted(Collection<String> values) {
    return JSON.createArrayBuilder(List.copyOf(new TreeSet<>(values)));
  }

  private static JsonValue text(Object value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }
}
