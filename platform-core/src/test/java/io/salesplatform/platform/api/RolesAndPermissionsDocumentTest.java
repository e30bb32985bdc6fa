package io.salesplatform.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.platform.PlatformApplication;
import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/roles-and-permissions.md} is generated from the code: the roles, their permissions
 * and every endpoint's rule. This test fails while the document differs from what the code says;
 * {@code -Ddocs.update=true} rewrites it.
 */
class RolesAndPermissionsDocumentTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "roles-and-permissions.md");

  @Test
  void theDocumentSaysWhatTheCodeDoes() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(DOCUMENT, expected);
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "roles-and-permissions.md"), expected);
    assertThat(Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "")
        .as(
            "docs/roles-and-permissions.md is stale: run ./mvnw -pl platform-core test"
                + " -Dtest=RolesAndPermissionsDocumentTest -Ddocs.update=true (the expected text is in"
                + " platform-core/target/roles-and-permissions.md)")
        .isEqualTo(expected);
  }

  @Test
  void everyEndpointHasARuleAndEveryTenantEndpointNamesAKnownPermission() {
    List<EndpointCatalog.Endpoint> endpoints = EndpointCatalog.of(PlatformApplication.RESOURCES);

    assertThat(endpoints).isNotEmpty().noneMatch(e -> e.access().equals("NO_ONE"));
    assertThat(endpoints)
        .filteredOn(e -> e.path().startsWith("/api/t/{tenant}") && e.access().equals("PERMISSION"))
        .allSatisfy(e -> assertThat(Permission.byId(e.requires().get(0))).isPresent());
    assertThat(endpoints)
        .filteredOn(e -> e.path().startsWith("/api/t/{tenant}"))
        .allMatch(e -> e.access().equals("PERMISSION") || e.access().equals("SIGNED_IN"));
  }

  static String render() {
    StringBuilder doc = new StringBuilder();
    doc.append("# Roles and permissions\n\n")
        .append(
            "Generated from the code by `RolesAndPermissionsDocumentTest`; do not edit by hand.\n\n")
        .append("## What each role may do\n\n| permission | ");
    List<TenantRole> roles = Arrays.asList(TenantRole.values());
    roles.forEach(r -> doc.append('`').append(r.id()).append("` | "));
    doc.append("\n| --- |");
    roles.forEach(r -> doc.append(" :-: |"));
    doc.append('\n');
    for (Permission permission : Permission.values()) {
      doc.append("| `")
          .append(permission.id())
          .append("` ")
          .append(permission.description())
          .append(" |");
      roles.forEach(r -> doc.append(r.permissions().contains(permission) ? " yes |" : " |"));
      doc.append('\n');
    }
    doc.append("\n## The standard roles\n\n");
    roles.forEach(
        r -> doc.append("- `").append(r.id()).append("`: ").append(r.description()).append(".\n"));
    doc.append("\n## Custom roles\n\n")
        .append(
            "A company's admin (permission `roles.manage`) may define roles of its own under"
                + " `/api/t/{tenant}/roles`: a name (2 to 40 lower-case letters, digits and"
                + " hyphens, starting with a letter, not a standard role's), a description, and any"
                + " of the permissions above. People and integration clients are given custom roles"
                + " like standard ones, and may do what all their roles grant together. A custom"
                + " role's author can put into it only permissions they hold. Changing a custom"
                + " role's permissions applies from the next request of everyone holding it; a"
                + " custom role is deleted only while no one holds it. Standard roles cannot be"
                + " changed or deleted.\n");
    doc.append("\n## What each endpoint requires\n\n")
        .append("`PERMISSION`: the caller's roles in the tenant of the request must grant it. ")
        .append("`SIGNED_IN`: anyone of that tenant (outside a tenant, any signed-in caller). ")
        .append("`ROLES`: one of the platform roles. `PUBLIC`: no token.\n\n")
        .append("| method | path | rule | requires |\n| --- | --- | --- | --- |\n");
    for (EndpointCatalog.Endpoint endpoint : EndpointCatalog.of(PlatformApplication.RESOURCES)) {
      doc.append("| ")
          .append(endpoint.method())
          .append(" | `")
          .append(endpoint.path())
          .append("` | ")
          .append(endpoint.access())
          .append(" | ")
          .append(String.join(", ", endpoint.requires()))
          .append(" |\n");
    }
    return doc.toString();
  }
}
