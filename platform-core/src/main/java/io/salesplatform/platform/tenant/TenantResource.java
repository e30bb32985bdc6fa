package io.salesplatform.platform.tenant;

import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's view of the subscribed companies. */
@Path("/platform/tenants")
@RequestScoped
@RolesAllowed(Caller.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

  @Inject TenantRepository tenants;
  @Inject TenantSubscription subscription;

  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Subscribe a company",
      description =
          "Creates the tenant, its organization and role groups in the identity provider, and its"
              + " first admin. A subscription that stopped half way (503) is finished by repeating"
              + " the same request.")
  public Response subscribe(
      @NotNull(message = "a body is required") @Valid SubscribeRequest request) {
    TenantSubscription.Subscribed subscribed = subscription.subscribe(request);
    return Response.created(uri.getAbsolutePathBuilder().path(subscribed.tenant().slug()).build())
        .entity(TenantView.of(subscribed.tenant(), subscribed.initialAdminPassword()))
        .build();
  }

  @GET
  @Operation(summary = "List subscribed companies, in slug order")
  public TenantPage list(
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return new TenantPage(
        tenants.page(offset, limit).stream().map(TenantView::of).toList(),
        offset,
        limit,
        tenants.count());
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "Show one subscribed company")
  public TenantView show(@PathParam("slug") String slug) {
    return tenants
        .findBySlug(slug)
        .map(TenantView::of)
        .orElseThrow(() -> Problems.notFound("There is no tenant '" + slug + "'."));
  }

  /**
   * One page of tenants.
   *
   * @param items the tenants of this page
   * @param offset how many tenants precede this page
   * @param limit the page size asked for
   * @param total how many tenants there are in all
   */
  public record TenantPage(List<TenantView> items, int offset, int limit, long total) {}
}
