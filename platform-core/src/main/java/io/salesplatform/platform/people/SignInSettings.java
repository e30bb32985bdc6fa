package io.salesplatform.platform.people;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.identity.IdentityDirectory.Federation;
import io.salesplatform.platform.identity.IdentityDirectory.SignInPolicy;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a company's people sign in, for companies with a realm of their own: the realm's password
 * policy and sign-in theme, and the company's own OpenID Connect providers its people may sign in
 * with. A pooled company shares these with every other pooled company, so it may read that it has
 * none of its own but change nothing.
 */
@ApplicationScoped
public class SignInSettings {

  @Inject IdentityDirectory directory;
  @Inject TenantContext tenantContext;
  @Inject AuditTrail audit;

  /**
   * How the company's people sign in.
   *
   * @param isolation {@code pooled} or {@code dedicated-realm}
   * @param realm the realm they sign in to
   * @param passwordPolicy the realm's password policy; for a pooled company, {@code null}
   * @param loginTheme the realm's sign-in theme; for a pooled company, {@code null}
   * @param federations the company's own providers its people may sign in with
   */
  public record SignInView(
      String isolation,
      String realm,
      String passwordPolicy,
      String loginTheme,
      List<Federation> federations) {}

  public SignInView view() {
    Tenant tenant = tenantContext.tenant();
    if (!tenant.hasOwnRealm()) {
      return new SignInView(tenant.isolation(), tenant.realm(), null, null, List.of());
    }
    SignInPolicy policy = directory.signInPolicy(tenant.realm());
    return new SignInView(
        tenant.isolation(),
        tenant.realm(),
        Inputs.blankToNull(policy.passwordPolicy()),
        Inputs.blankToNull(policy.loginTheme()),
        directory.federations(tenant.realm()));
  }

  @Transactional
  public SignInView changePolicy(SignInPolicy policy, AuditTrail.Actor actor) {
    Tenant tenant = ownRealm();
    SignInPolicy before = directory.signInPolicy(tenant.realm());
    audit.record(
        actor,
        "sign-in.policy",
        "identity",
        "Changed the password policy and sign-in theme",
        policyMap(before),
        policyMap(policy));
    directory.changeSignInPolicy(tenant.realm(), policy);
    return view();
  }

  public Federation federation(String alias) {
    Tenant tenant = ownRealm();
    return directory
        .federation(tenant.realm(), alias)
        .orElseThrow(() -> Problems.notFound("There is no sign-in provider '" + alias + "'."));
  }

  /** Makes or changes a provider; whether it was made. */
  @Transactional
  public boolean putFederation(Federation federation, String clientSecret, AuditTrail.Actor actor) {
    Tenant tenant = ownRealm();
    var before = directory.federation(tenant.realm(), federation.alias());
    if (before.isEmpty() && clientSecret == null) {
      throw Problems.badRequest("clientSecret", "a new sign-in provider needs its client secret");
    }
    audit.record(
        actor,
        before.isEmpty() ? "sign-in.federation.add" : "sign-in.federation.change",
        "identity/federations/" + federation.alias(),
        (before.isEmpty() ? "Added" : "Changed")
            + " the sign-in provider "
            + federation.alias()
            + " ("
            + federation.issuer()
            + ")",
        before.orElse(null),
        federation);
    directory.putFederation(tenant.realm(), federation, clientSecret);
    return before.isEmpty();
  }

  @Transactional
  public void removeFederation(String alias, AuditTrail.Actor actor) {
    Tenant tenant = ownRealm();
    Federation before = federation(alias);
    audit.record(
        actor,
        "sign-in.federation.remove",
        "identity/federations/" + alias,
        "Removed the sign-in provider " + alias,
        before,
        null);
    directory.removeFederation(tenant.realm(), alias);
  }

  private Tenant ownRealm() {
    Tenant tenant = tenantContext.tenant();
    if (!tenant.hasOwnRealm()) {
      throw Problems.conflict(
          "needs-own-realm",
          "Needs a realm of its own",
          "The company signs in through the shared realm; its password policy, sign-in theme"
              + " and providers are the platform's. They are the company's own on the"
              + " dedicated-realm tier.");
    }
    return tenant;
  }

  private static Map<String, Object> policyMap(SignInPolicy policy) {
    Map<String, Object> map = new HashMap<>();
    map.put("passwordPolicy", Inputs.blankToNull(policy.passwordPolicy()));
    map.put("loginTheme", Inputs.blankToNull(policy.loginTheme()));
    return map;
  }
}
