package io.salesplatform.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleDefinitionTest {

  @Test
  void aValidDefinitionKeepsItsPermissionsOnceEach() {
    RoleDefinition role =
        RoleDefinition.read(
            "auditor-lite",
            "  Reads the trail  ",
            List.of("audit.read", "users.read", "audit.read"));

    assertThat(role.name().value()).isEqualTo("auditor-lite");
    assertThat(role.description()).isEqualTo("Reads the trail");
    assertThat(role.permissions()).containsExactly(Permission.AUDIT_READ, Permission.USERS_READ);
    assertThat(role.permissionIds()).containsExactly("audit.read", "users.read");
  }

  @Test
  void aBlankDescriptionIsNoneAndNoPermissionsIsAllowed() {
    RoleDefinition role = RoleDefinition.read("on-hold", " ", List.of());

    assertThat(role.description()).isNull();
    assertThat(role.permissions()).isEmpty();
  }

  @Test
  void unknownPermissionsAreEachNamed() {
    assertThatThrownBy(
            () ->
                RoleDefinition.read(
                    "auditor-lite", null, List.of("audit.read", "audit.write", "root")))
        .isInstanceOfSatisfying(
            RoleDefinition.Invalid.class,
            e -> {
              assertThat(e.violations())
                  .extracting(RoleDefinition.Violation::field)
                  .containsExactly("permissions[1]", "permissions[2]");
              assertThat(e.getMessage()).contains("'audit.write'", "'root'");
            });
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    assertThatThrownBy(() -> RoleDefinition.read("Auditor", "x".repeat(501), null))
        .isInstanceOfSatisfying(
            RoleDefinition.Invalid.class,
            e ->
                assertThat(e.violations())
                    .extracting(RoleDefinition.Violation::field)
                    .containsExactly("name", "description", "permissions"));
  }

  @Test
  void aPermissionListWithANullIsRefusedNotSkipped() {
    assertThatThrownBy(
            () -> RoleDefinition.read("auditor-lite", null, Arrays.asList("audit.read", null)))
        .isInstanceOfSatisfying(
            RoleDefinition.Invalid.class,
            e ->
                assertThat(e.violations())
                    .extracting(RoleDefinition.Violation::field)
                    .containsExactly("permissions[1]"));
  }
}
