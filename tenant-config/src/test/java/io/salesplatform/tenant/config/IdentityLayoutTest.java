package io.salesplatform.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityLayoutTest {

  @Test
  void roleGroupPathReadsBackAsMembership() {
    String path = IdentityLayout.roleGroupPath("acme", TenantRole.SALES_REP.id());

    assertThat(path).isEqualTo("/tenants/acme/sales-rep");
    assertThat(IdentityLayout.membership(path))
        .contains(new IdentityLayout.Membership("acme", "sales-rep"));
  }

  @Test
  void otherGroupsAreNoMembership() {
    assertThat(IdentityLayout.membership("/staff/sales-rep")).isEmpty();
    assertThat(IdentityLayout.membership("/tenants/acme")).isEmpty();
    assertThat(IdentityLayout.membership("/tenants/acme/sales-rep/extra")).isEmpty();
    assertThat(IdentityLayout.membership(null)).isEmpty();
  }
}
