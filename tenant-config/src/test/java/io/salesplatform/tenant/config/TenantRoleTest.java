package io.salesplatform.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantRoleTest {

  @Test
  void standardRolesTogetherGrantTheUnionOfTheirPermissions() {
    assertThat(TenantRole.permissionsOf(List.of("sales-rep", "inspector")))
        .containsExactlyInAnyOrder(
            Permission.SETTINGS_READ, Permission.AUDIT_READ, Permission.USERS_READ);
  }

  @Test
  void namesOfNoStandardRoleGrantNothingHere() {
    assertThat(TenantRole.permissionsOf(List.of("auditor-lite", "platform-admin"))).isEmpty();
    assertThat(TenantRole.isStandard("auditor-lite")).isFalse();
    assertThat(TenantRole.isStandard("legal")).isTrue();
  }

  @Test
  void onlyTheTenantAdminDefinesCustomRoles() {
    for (TenantRole role : TenantRole.values()) {
      assertThat(role.permissions().contains(Permission.ROLES_MANAGE))
          .as(role.id())
          .isEqualTo(role == TenantRole.TENANT_ADMIN);
    }
  }
}
