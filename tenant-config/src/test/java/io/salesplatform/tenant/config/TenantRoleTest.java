package io.salesplatform.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantRoleTest {

  @Test
  void standardRolesTogetherGrantTheUnionOfTheirPermissions() {
    assertThat(TenantRole.permissionsOf(List.of("sales-rep", "inspector")))
        .containsExactlyInAnyOrder(
            Permission.SETTINGS_READ,
            Permission.AUDIT_READ,
            Permission.USERS_READ,
            Permission.CUSTOMERS_READ,
            Permission.CUSTOMERS_WRITE,
            Permission.CUSTOMERS_ALL,
            Permission.OPPORTUNITIES_READ,
            Permission.OPPORTUNITIES_WRITE,
            Permission.OPPORTUNITIES_ALL,
            Permission.PRODUCTS_READ,
            Permission.CREDIT_READ,
            Permission.CREDIT_CHECK,
            Permission.QUOTES_READ,
            Permission.QUOTES_WRITE,
            Permission.CONTRACTS_READ,
            Permission.CONTRACTS_WRITE,
            Permission.TEAMS_READ,
            Permission.RISKS_READ,
            Permission.MARKET_ANALYSES_READ,
            Permission.INSPECTIONS_READ,
            Permission.INSPECTIONS_CONDUCT,
            Permission.FEEDBACK_RAISE,
            Permission.SURVEYS_READ,
            Permission.SURVEYS_SEND,
            Permission.GOALS_READ,
            Permission.APPRAISALS_READ,
            Permission.APPRAISALS_RATE,
            // supervision computed from the data
            Permission.FINDINGS_READ,
            Permission.DASHBOARDS_REP,
            Permission.TICKETS_READ,
            Permission.TICKETS_WRITE);
  }

  @Test
  void onlyLegalReviewsContractsAndOnlyManagersApproveQuotesAndCredit() {
    for (TenantRole role : TenantRole.values()) {
      boolean admin = role == TenantRole.TENANT_ADMIN;
      assertThat(role.permissions().contains(Permission.CONTRACTS_REVIEW))
          .as(role.id())
          .isEqualTo(admin || role == TenantRole.LEGAL);
      assertThat(role.permissions().contains(Permission.QUOTES_APPROVE))
          .as(role.id())
          .isEqualTo(admin || role == TenantRole.SALES_MANAGER);
      assertThat(role.permissions().contains(Permission.CONTRACTS_CREDIT_APPROVE))
          .as(role.id())
          .isEqualTo(admin || role == TenantRole.SALES_MANAGER);
    }
  }

  @Test
  void repsAndManagersSendSurveysWhileMarketingAndInspectorsOnlyReadThem() {
    for (TenantRole role : List.of(TenantRole.SALES_MANAGER, TenantRole.SALES_REP)) {
      assertThat(role.permissions())
          .as(role.id())
          .contains(Permission.SURVEYS_READ, Permission.SURVEYS_SEND);
    }
    for (TenantRole role : List.of(TenantRole.MARKETING, TenantRole.INSPECTOR)) {
      assertThat(role.permissions())
          .as(role.id())
          .contains(Permission.SURVEYS_READ)
          .doesNotContain(Permission.SURVEYS_SEND);
    }
    assertThat(TenantRole.LEGAL.permissions())
        .doesNotContain(Permission.SURVEYS_READ, Permission.SURVEYS_SEND);
  }

  @Test
  void everyoneSellingOrReviewingReadsTheCatalogueAndOnlyManagersKeepIt() {
    for (TenantRole role : TenantRole.values()) {
      assertThat(role.permissions()).as(role.id()).contains(Permission.PRODUCTS_READ);
      assertThat(role.permissions().contains(Permission.PRODUCTS_MANAGE))
          .as(role.id())
          .isEqualTo(role == TenantRole.TENANT_ADMIN || role == TenantRole.SALES_MANAGER);
    }
  }

  @Test
  void onlyManagersAndAdminsOverrideTheStageSequence() {
    for (TenantRole role : TenantRole.values()) {
      assertThat(role.permissions().contains(Permission.OPPORTUNITIES_OVERRIDE_STAGE))
          .as(role.id())
          .isEqualTo(role == TenantRole.TENANT_ADMIN || role == TenantRole.SALES_MANAGER);
    }
    assertThat(TenantRole.SALES_REP.permissions())
        .contains(Permission.OPPORTUNITIES_READ, Permission.OPPORTUNITIES_WRITE)
        .doesNotContain(Permission.OPPORTUNITIES_ALL);
  }

  @Test
  void aRepWorksOnlyTheirOwnCustomersWhileManagersMarketingAndInspectorsReachAll() {
    assertThat(TenantRole.SALES_REP.permissions())
        .contains(Permission.CUSTOMERS_READ, Permission.CUSTOMERS_WRITE)
        .doesNotContain(Permission.CUSTOMERS_ALL, Permission.CUSTOMERS_IMPORT);
    for (TenantRole role :
        List.of(TenantRole.SALES_MANAGER, TenantRole.MARKETING, TenantRole.INSPECTOR)) {
      assertThat(role.permissions()).as(role.id()).contains(Permission.CUSTOMERS_ALL);
    }
    // inspectors and marketing read every file but do not change them
    assertThat(TenantRole.INSPECTOR.permissions()).doesNotContain(Permission.CUSTOMERS_WRITE);
    assertThat(TenantRole.MARKETING.permissions()).doesNotContain(Permission.CUSTOMERS_WRITE);
    assertThat(TenantRole.LEGAL.permissions()).doesNotContain(Permission.CUSTOMERS_READ);
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
