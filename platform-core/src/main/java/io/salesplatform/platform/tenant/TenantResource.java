package io.salesplatform.platform.tenant;

import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Allow;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.settings.SettingsRevision;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's view of the subscribed companies. */
@Path("/platform/tenants")
@RequestScoped
@Allow(Caller.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

  @Inject TenantRepository tenants;
  @Inject TenantSubscription subscription;
  @Inject CurrentCaller currentCaller;
  @Inject TenantLifecycle lifecycle;
  @Inject TenantExport export;
  @Inject TenantDeletion deletion;

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
    Caller operator = currentCaller.require();
    TenantSubscription.Subscribed subscribed =
        subscription.subscribe(
            request, new SettingsRevision.Author(operator.subject(), operator.username()));
    return Response.created(uri.getAbsolutePathBuilder().path(subscribed.tenant().slug()).build())
        .entity(TenantView.of(subscribed.tenant(), subscribed.initialAdminPassword()))
        .build();
  }

  @GET
  @Operation(summary = "List subscribed companies, in slug order")
  public Page<TenantView> list(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    return Page.of(
        tenants.page(page.offset(), page.limit()).stream().map(TenantView::of).toList(),
        page,
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

  @POST
  @Path("{slug}/suspend")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Suspend a company",
      description =
          "Its data is kept; its people get a problem saying it is suspended on every request,"
              + " and its organization in the identity provider is disabled.")
  public TenantView suspend(
      @PathParam("slug") String slug,
      @NotNull(message = "a body is required") SuspendRequest request) {
    return TenantView.of(lifecycle.suspend(slug, request.reason, actor()));
  }

  @POST
  @Path("{slug}/resume")
  @Operation(summary = "Resume a suspended company")
  public TenantView resume(@PathParam("slug") String slug) {
    return TenantView.of(lifecycle.resume(slug, actor()));
  }

  @GET
  @Path("{slug}/export")
  @Produces(TenantArchive.MEDIA_TYPE)
  @Operation(
      summary = "Export a company's complete data",
      description =
          "Streams an NDJSON archive (see docs/tenant-export.md): a header line, every row of every"
              + " tenant table, the company's people and integration clients (no secrets), and a"
              + " trailer with counts and a SHA-256 over all lines before it, so a truncated"
              + " download is detectable. Active and suspended companies; recorded in the"
              + " company's audit trail. An export taken while the company is suspended is the one"
              + " its deletion needs.")
  public Response export(@PathParam("slug") String slug) {
    TenantExport.Download download = export.prepare(slug, actor());
    return Response.ok(download.body(), TenantArchive.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
        .build();
  }

  @DELETE
  @Path("{slug}")
  @Operation(
      summary = "Delete a company for good",
      description =
          "Only a suspended company exported after its suspension is deleted (409 otherwise):"
              + " every row of it in every tenant table, its registry entry, and in the identity"
              + " provider its organization, role groups, integration clients and the people who"
              + " belong to no other company. A deletion that stopped half way (503) is finished"
              + " by repeating it; the slug is free again afterwards.")
  public void delete(@PathParam("slug") String slug) {
    deletion.delete(slug, actor());
  }

  private AuditTrail.Actor actor() {
    Caller operator = currentCaller.require();
    return new AuditTrail.Actor(operator.subject(), operator.username());
  }

  /** Why a company is suspended. */
  public static class SuspendRequest {
    /** Shown to the company's people while it is suspended, and kept in its audit trail. */
    public String reason;
  }
}
