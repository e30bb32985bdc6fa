package io.salesplatform.devstack;

import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The demo company {@code demo}: subscribed through the platform's API as the operator would, then
 * given one person for each role, all with the password {@code demo}.
 */
final class DemoTenant {

  static final String SLUG = "demo";
  static final String PASSWORD = "demo";

  /** A demo person: user name, first and last name, role. */
  record DemoPerson(String username, String firstName, String lastName, TenantRole role) {}

  static final List<DemoPerson> PEOPLE =
      List.of(
          new DemoPerson("demo-admin", "Dana", "Admin", TenantRole.TENANT_ADMIN),
          new DemoPerson("demo-manager", "Max", "Manager", TenantRole.SALES_MANAGER),
          new DemoPerson("demo-rep", "Rita", "Rep", TenantRole.SALES_REP),
          new DemoPerson("demo-marketing", "Mia", "Marketing", TenantRole.MARKETING),
          new DemoPerson("demo-legal", "Leo", "Legal", TenantRole.LEGAL),
          new DemoPerson("demo-inspector", "Ivan", "Inspector", TenantRole.INSPECTOR));

  private DemoTenant() {}

  static void ensure(PlatformApi api, IdentityAdmin identity) throws IOException {
    String operator = api.token(Realms.PLATFORM, "operator", "operator");
    PlatformApi.Answer existing = api.get("/api/platform/tenants/" + SLUG, operator);
    if (existing.status() != 200 && existing.status() != 404) {
      throw new IOException(
          "looking up the demo tenant failed: " + existing.status() + " " + existing.raw().body());
    }
    if (existing.status() == 404) {
      DemoPerson admin = PEOPLE.get(0);
      PlatformApi.Answer answer =
          api.post(
              "/api/platform/tenants",
              operator,
              Map.of(
                  "slug",
                  SLUG,
                  "name",
                  "Demo Technology Ltd.",
                  "adminEmail",
                  admin.username() + "@demo.example",
                  "adminName",
                  admin.firstName() + " " + admin.lastName(),
                  "adminUsername",
                  admin.username()));
      if (answer.status() != 201) {
        throw new IOException("subscribing the demo tenant failed: " + answer.raw().body());
      }
    }
    for (DemoPerson person : PEOPLE) {
      String id =
          identity.ensurePerson(
              Realms.SALES,
              person.username(),
              person.username() + "@demo.example",
              person.firstName(),
              person.lastName(),
              PASSWORD);
      identity.grant(Realms.SALES, SLUG, id, person.role());
    }
  }
}
