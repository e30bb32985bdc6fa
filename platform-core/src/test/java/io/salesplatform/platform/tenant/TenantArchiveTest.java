package io.salesplatform.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.persistence.TenantTables;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The archive's lines: header first, trailer last, and a hash that exposes a cut-off download. */
class TenantArchiveTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

  @Test
  void theTrailerCountsTheLinesAndHashesEveryLineBeforeIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TenantArchive archive = new TenantArchive(out);
    archive.header(tenant(), NOW, List.of(table("audit_event"), table("tenant_member")));
    archive.person(
        new IdentityDirectory.Member(
            "u-1", "ann", "ann@acme.example", "Ann Smith", true, Set.of("sales-rep", "legal")));
    archive.client("tenant-acme-erp", "ERP", Set.of("sales-rep"));

    TenantArchive.Summary summary = archive.finish();

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    List<String> lines = List.of(text.split("\n"));
    assertThat(lines).hasSize(4);
    JsonObject header = json(lines.get(0));
    assertThat(header.getString("type")).isEqualTo("archive");
    assertThat(header.getString("format")).isEqualTo(TenantArchive.FORMAT);
    assertThat(header.getInt("version")).isEqualTo(1);
    assertThat(header.getString("exportedAt")).isEqualTo("2025-03-01T10:15:30Z");
    assertThat(header.getJsonObject("tenant").getString("slug")).isEqualTo("acme");
    assertThat(header.getJsonArray("tables").getJsonObject(0).getString("name"))
        .isEqualTo("audit_event");
    JsonObject person = json(lines.get(1)).getJsonObject("person");
    assertThat(person.getJsonArray("roles").getValuesAs(JsonValue::toString))
        .containsExactly("\"legal\"", "\"sales-rep\"");
    assertThat(json(lines.get(2)).getJsonObject("client").containsKey("secret")).isFalse();
    JsonObject trailer = json(lines.get(3));
    assertThat(trailer.getString("type")).isEqualTo("trailer");
    assertThat(trailer.getInt("lines")).isEqualTo(3);
    assertThat(trailer.getJsonObject("rows").getInt("audit_event")).isZero();
    assertThat(trailer.getInt("people")).isEqualTo(1);
    assertThat(trailer.getInt("clients")).isEqualTo(1);
    String expected = sha256(lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2) + "\n");
    assertThat(trailer.getString("sha256")).isEqualTo(expected).isEqualTo(summary.sha256());
    // a download cut after the second line no longer matches the hash the trailer would carry
    assertThat(sha256(lines.get(0) + "\n" + lines.get(1) + "\n")).isNotEqualTo(expected);
  }

  @Test
  void theHeaderComesFirstAndNothingFollowsTheTrailer() throws Exception {
    TenantArchive archive = new TenantArchive(new ByteArrayOutputStream());
    assertThatThrownBy(() -> archive.client("c", "n", Set.of()))
        .isInstanceOf(IllegalStateException.class);
    archive.header(tenant(), NOW, List.of());
    archive.finish();
    assertThatThrownBy(() -> archive.client("c", "n", Set.of()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(archive::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void driverValuesBecomeTheirJsonCounterparts() throws Exception {
    assertThat(TenantArchive.plain(null)).isEqualTo(JsonValue.NULL);
    assertThat(TenantArchive.plain(42)).isEqualTo(Json.createValue(42L));
    assertThat(TenantArchive.plain(new BigDecimal("12.50")).toString()).isEqualTo("12.50");
    assertThat(TenantArchive.plain(true)).isEqualTo(JsonValue.TRUE);
    assertThat(TenantArchive.plain(Double.NaN)).isEqualTo(Json.createValue("NaN"));
    assertThat(TenantArchive.plain(new byte[] {1, 2, 3})).isEqualTo(Json.createValue("AQID"));
    assertThat(
            TenantArchive.plain(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001")))
        .isEqualTo(Json.createValue("00000000-0000-0000-0000-000000000001"));
  }

  private static Tenant tenant() {
    return Tenant.subscribing(
        "acme",
        "Acme Ltd.",
        Tenant.POOLED,
        "sales",
        new Tenant.Admin("ann", "ann@acme.example", "Ann"),
        NOW);
  }

  private static TenantTables.Table table(String name) {
    return new TenantTables.Table(
        name, List.of("tenant_id"), List.of(new TenantTables.Column("tenant_id", "uuid")));
  }

  private static JsonObject json(String line) {
    try (var reader = Json.createReader(new StringReader(line))) {
      return reader.readObject();
    }
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
