package io.salesplatform.platform.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.TenantRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerPermissionsTest {

  /** Custom roles as the database would hold them, counting how often it is asked. */
  private final Map<String, Set<Permission>> stored =
      Map.of(
          "auditor-lite", EnumSet.of(Permission.AUDIT_READ),
          "people-desk", EnumSet.of(Permission.USERS_READ, Permission.USERS_MANAGE));

  private final List<Collection<String>> lookups = new ArrayList<>();

  @Test
  void standardRolesAloneAreAnsweredWithoutTheDatabase() {
    CallerPermissions permissions = holding("sales-rep", "inspector");

    assertThat(permissions.grants(Permission.AUDIT_READ)).isTrue();
    assertThat(permissions.grants(Permission.SETTINGS_WRITE)).isFalse();
    Set<Permission> both = EnumSet.copyOf(TenantRole.SALES_REP.permissions());
    both.addAll(TenantRole.INSPECTOR.permissions());
    assertThat(permissions.all())
        .containsExactlyInAnyOrderElementsOf(both)
        .contains(Permission.AUDIT_READ);
    assertThat(lookups).isEmpty();
  }

  @Test
  void customRolesAddWhatTheDatabaseSaysTheyGrant() {
    CallerPermissions permissions = holding("sales-rep", "auditor-lite", "people-desk");

    assertThat(permissions.grants(Permission.USERS_MANAGE)).isTrue();
    assertThat(permissions.grants(Permission.ROLES_MANAGE)).isFalse();
    Set<Permission> expected = EnumSet.copyOf(TenantRole.SALES_REP.permissions());
    expected.addAll(
        EnumSet.of(Permission.AUDIT_READ, Permission.USERS_READ, Permission.USERS_MANAGE));
    assertThat(permissions.all()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(lookups)
        .singleElement()
        .satisfies(
            names -> assertThat(names).containsExactlyInAnyOrder("auditor-lite", "people-desk"));
  }

  @Test
  void aStandardPermissionNeedsNoLookupEvenForACustomRoleHolder() {
    CallerPermissions permissions = holding("sales-rep", "auditor-lite");

    assertThat(permissions.grants(Permission.SETTINGS_READ)).isTrue();
    assertThat(lookups).isEmpty();
  }

  @Test
  void aRoleThatIsNoLongerDefinedGrantsNothing() {
    CallerPermissions permissions = holding("deleted-role");

    assertThat(permissions.all()).isEmpty();
    assertThat(permissions.grants(Permission.SETTINGS_READ)).isFalse();
  }

  @Test
  void outsideATenantNothingIsGranted() {
    CallerPermissions permissions = new CallerPermissions();
    permissions.tenantContext = new TenantContext();
    permissions.customRoles = database();

    assertThat(permissions.all()).isEmpty();
    assertThat(permissions.grants(Permission.SETTINGS_READ)).isFalse();
  }

  private CallerPermissions holding(String... roles) {
    TenantContext context = new TenantContext();
    context.enter(
        Tenant.subscribing(
            "acme",
            "Acme",
            Tenant.POOLED,
            "sales",
            new Tenant.Admin("ann", "ann@acme.example", "Ann"),
            Instant.EPOCH),
        Set.of(roles));
    CallerPermissions permissions = new CallerPermissions();
    permissions.tenantContext = context;
    permissions.customRoles = database();
    return permissions;
  }

  private CustomRoles database() {
    return new CustomRoles() {
      @Override
      public Set<Permission> permissionsOf(Collection<String> names) {
        lookups.add(List.copyOf(names));
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        names.stream().map(stored::get).filter(p -> p != null).forEach(granted::addAll);
        return granted;
      }
    };
  }
}
