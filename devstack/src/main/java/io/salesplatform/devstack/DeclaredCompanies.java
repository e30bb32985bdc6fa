package io.salesplatform.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The example companies declared in files: the devstack has the platform apply them now, then gives
 * each one's admin the demo password so that they can sign in at once. A file the platform rejects
 * is reported and skipped.
 */
public final class DeclaredCompanies {

  /** A declared company: its slug and its admin's user name. */
  public record Company(String slug, String admin) {}

  private DeclaredCompanies() {}

  static List<Company> ensure(PlatformApi api, IdentityAdmin identity) throws IOException {
    String operator = api.token(Realms.PLATFORM, "operator", "operator");
    PlatformApi.Answer applied = api.post("/api/platform/declarations/apply", operator, "");
    if (applied.status() != 200) {
      throw new IOException("applying the declared companies failed: " + applied.raw().body());
    }
    List<Company> companies = new ArrayList<>();
    for (JsonNode report : applied.json()) {
      String status = report.get("status").asText();
      if (status.equals("REJECTED") || status.equals("FAILED")) {
        // one broken file stops no other company, nor the stack
        System.out.println("devstack: declaration " + report.get("file").asText() + " " + status);
        report.get("messages").forEach(m -> System.out.println("devstack:   " + m.asText()));
        continue;
      }
      String slug = report.get("slug").asText();
      String admin =
          api.get("/api/platform/tenants/" + slug, operator).json().at("/admin/username").asText();
      identity.setPassword(Realms.SALES, identity.userId(Realms.SALES, admin), DemoTenant.PASSWORD);
      companies.add(new Company(slug, admin));
    }
    return companies;
  }
}
