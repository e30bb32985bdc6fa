package io.salesplatform.platform.people;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory.Federation;
import io.salesplatform.platform.identity.IdentityDirectory.SignInPolicy;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.tenant.ValidPasswordPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * How the company's people sign in: on the dedicated-realm tier, its password policy, sign-in theme
 * and its own OpenID Connect providers (identity federation).
 */
@Path("/t/{tenant}/sign-in")
@RequestScoped
@RequiresPermission("sign-in.manage")
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {

  private static final String URL = "https?://[^\\s]+";

  @Inject SignInSettings settings;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "How the company's people sign in")
  public SignInSettings.SignInView view() {
    return settings.view();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the password policy and sign-in theme",
      description = "Only for a company with a realm of its own; otherwise 409.")
  public SignInSettings.SignInView changePolicy(
      @NotNull(message = "a body is required") @Valid PolicyRequest request) {
    return settings.changePolicy(
        new SignInPolicy(
            Inputs.blankToNull(request.passwordPolicy), Inputs.blankToNull(request.loginTheme)),
        actor());
  }

  @GET
  @Path("federations/{alias}")
  @Operation(summary = "One of the company's own sign-in providers (its secret is never shown)")
  public Federation federation(@PathParam("alias") String alias) {
    return settings.federation(alias);
  }

  @PUT
  @Path("federations/{alias}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add or change a sign-in provider of the company's own (OpenID Connect)",
      description =
          "People may then sign in with the company's own identity provider. Only for a company"
              + " with a realm of its own; otherwise 409. The client secret is needed when the"
              + " provider is added, and kept when a change leaves it out.")
  public Response putFederation(
      @PathParam("alias") String alias,
      @NotNull(message = "a body is required") @Valid FederationRequest request) {
    if (!alias.matches("[a-z0-9][a-z0-9-]{1,39}")) {
      throw Problems.badRequest("alias", "2 to 40 lower-case letters, digits and '-'");
    }
    Federation federation =
        new Federation(
            alias,
            request.displayName.trim(),
            request.enabled == null || request.enabled,
            request.issuer,
            request.authorizationUrl,
            request.tokenUrl,
            request.jwksUrl,
            request.clientId.trim());
    boolean created =
        settings.putFederation(federation, Inputs.blankToNull(request.clientSecret), actor());
    Federation saved = settings.federation(alias);
    return created
        ? Response.created(uri.getAbsolutePath()).entity(saved).build()
        : Response.ok(saved).build();
  }

  @DELETE
  @Path("federations/{alias}")
  @Operation(summary = "Remove a sign-in provider of the company's own")
  public Response removeFederation(@PathParam("alias") String alias) {
    settings.removeFederation(alias, actor());
    return Response.noContent().build();
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }

  /** The realm's password policy and sign-in theme; an omitted one is cleared. */
  public static class PolicyRequest {
    /** In the identity provider's notation, such as {@code length(14) and digits(1)}. */
    @Size(max = 500)
    @ValidPasswordPolicy
    public String passwordPolicy;

    /** The sign-in pages' theme. */
    @Pattern(
        regexp = "[a-z0-9][a-z0-9._-]{0,39}",
        message = "a theme name: lower-case letters, digits, '.', '_' and '-'")
    public String loginTheme;
  }

  /** A company's own OpenID Connect provider. */
  public static class FederationRequest {
    /** What the sign-in page's button says. */
    @NotBlank(message = "a display name is required")
    @Size(max = 100)
    public String displayName;

    /** Whether it is offered; offered when omitted. */
    public Boolean enabled;

    /** The provider's issuer. */
    @NotBlank(message = "the issuer is required")
    @Pattern(regexp = URL, message = "an http(s) address")
    @Size(max = 500)
    public String issuer;

    /** Its authorization endpoint. */
    @NotBlank(message = "the authorization endpoint is required")
    @Pattern(regexp = URL, message = "an http(s) address")
    @Size(max = 500)
    public String authorizationUrl;

    /** Its token endpoint. */
    @NotBlank(message = "the token endpoint is required")
    @Pattern(regexp = URL, message = "an http(s) address")
    @Size(max = 500)
    public String tokenUrl;

    /** Where it publishes its signing keys. */
    @NotBlank(message = "the signing keys' address is required")
    @Pattern(regexp = URL, message = "an http(s) address")
    @Size(max = 500)
    public String jwksUrl;

    /** The client the company registered the platform as, at its provider. */
    @NotBlank(message = "the client id is required")
    @Size(max = 255)
    public String clientId;

    /** That client's secret; needed when the provider is added. Never shown again. */
    @Size(max = 500)
    public String clientSecret;
  }
}
