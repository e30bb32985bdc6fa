package io.salesplatform.platform.settings;

import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.tenant.config.settings.SettingsTree;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The current tenant's policy settings and their history. Everyone of the tenant reads them (the
 * policy is open); only the tenant admin changes them.
 */
@Path("/t/{tenant}/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

  @Inject TenantSettingsService settings;
  @Inject CurrentCaller currentCaller;
  @Inject PluginSelections selections;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("settings.read")
  @Operation(summary = "The settings in force, with the revision they are")
  public Response current() {
    TenantSettingsService.Current current = settings.current();
    SettingsRevision record = current.record();
    return Response.ok(
            new SettingsViews.Current(
                current.revision(),
                record == null ? null : record.author().name(),
                record == null ? null : record.createdAt(),
                record == null ? null : record.reason(),
                selections.hide(SettingsTree.toTree(current.settings()))))
        .tag(tag(current.revision()))
        .build();
  }

  @PUT
  @RequiresPermission("settings.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the settings",
      description =
          "The body holds the whole settings, the revision they were read at (basedOn, or an"
              + " If-Match header with the ETag) and a reason. A stale revision gets 409; invalid"
              + " settings get 400 with every violation by path; identical settings make no new"
              + " revision.")
  public Response change(
      @NotNull(message = "a body is required") @Valid SettingsChange change,
      @HeaderParam("If-Match") String ifMatch) {
    int basedOn = basedOn(change.basedOn, ifMatch);
    TenantSettingsService.Outcome outcome =
        settings.change(basedOn, change.reason, change.settings, author());
    return Response.ok(summary(outcome)).tag(tag(outcome.revision().number())).build();
  }

  @POST
  @Path("rollback")
  @RequiresPermission("settings.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make an earlier revision's settings current again, as a new revision")
  public Response rollback(
      @NotNull(message = "a body is required") @Valid SettingsRollback rollback) {
    TenantSettingsService.Outcome outcome =
        settings.rollback(rollback.toRevision, rollback.basedOn, rollback.reason, author());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(SettingsResource.class)
                .path("revisions/{number}")
                .build(uri.getPathParameters().getFirst("tenant"), outcome.revision().number()))
        .entity(summary(outcome))
        .tag(tag(outcome.revision().number()))
        .build();
  }

  @GET
  @Path("revisions")
  @RequiresPermission("settings.read")
  @Operation(summary = "The history of the settings, newest first")
  public Page<SettingsViews.Summary> revisions(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    return Page.of(
        settings.revisions(page).stream().map(SettingsViews.Summary::of).toList(),
        page,
        settings.revisionCount());
  }

  @GET
  @Path("revisions/{number}")
  @RequiresPermission("settings.read")
  @Operation(summary = "One revision: its settings, author, reason and changes")
  public SettingsViews.Full revision(@PathParam("number") int number) {
    SettingsRevision revision = settings.revision(number);
    return new SettingsViews.Full(
        SettingsViews.Summary.of(revision),
        selections.hide(TenantSettingsService.tree(revision.settingsJson())));
  }

  @GET
  @Path("diff")
  @RequiresPermission("settings.read")
  @Operation(
      summary = "What changed between two revisions (0 is the platform's defaults)",
      description =
          "With the revisions in between, oldest first (at most 500), each with its author and"
              + " reason.")
  public SettingsViews.Diff diff(@QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null || from < 0 || to < 0) {
      throw Problems.badRequest("from and to", "name two revisions, 0 or more");
    }
    return new SettingsViews.Diff(
        from,
        to,
        settings.diff(from, to),
        settings.revisionsBetween(from, to, 500).stream().map(SettingsViews.Step::of).toList());
  }

  private SettingsViews.Summary summary(TenantSettingsService.Outcome outcome) {
    return SettingsViews.Summary.of(outcome.revision());
  }

  private SettingsRevision.Author author() {
    Caller caller = currentCaller.require();
    return new SettingsRevision.Author(caller.subject(), caller.username());
  }

  /** The revision a change is based on: the body's, or the If-Match header's. */
  private static int basedOn(Integer fromBody, String ifMatch) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
      if (!value.startsWith("rev-")) {
        throw Problems.badRequest("If-Match", "not an ETag of these settings");
      }
      int tagged;
      try {
        tagged = Integer.parseInt(value.substring(4));
      } catch (NumberFormatException e) {
        throw Problems.badRequest("If-Match", "not an ETag of these settings");
      }
      if (fromBody != null && fromBody != tagged) {
        throw Problems.badRequest("basedOn", "differs from the If-Match header");
      }
      return tagged;
    }
    if (fromBody == null) {
      throw Problems.badRequest("basedOn", "name the revision the change is based on");
    }
    return fromBody;
  }

  private static EntityTag tag(int revision) {
    return new EntityTag("rev-" + revision, true);
  }
}
