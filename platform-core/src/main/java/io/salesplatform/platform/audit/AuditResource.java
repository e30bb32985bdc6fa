package io.salesplatform.platform.audit;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The current tenant's audit trail, for its admins and inspectors. */
@Path("/t/{tenant}/audit")
@RequestScoped
@RequiresPermission("audit.read")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail trail;

  @GET
  @Operation(
      summary = "Recorded changes, newest first",
      description = "Filter by action, actor (id), and a time range [from, to) in ISO-8601.")
  public Page<EventView> events(
      @QueryParam("action") String action,
      @QueryParam("actor") String actor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    AuditTrail.Filter filter =
        new AuditTrail.Filter(
            Inputs.blankToNull(action),
            Inputs.blankToNull(actor),
            instant("from", from),
            instant("to", to));
    return Page.of(
        trail.page(filter, page).stream().map(EventView::of).toList(), page, trail.count(filter));
  }

  @GET
  @Path("verification")
  @Operation(summary = "Walk the hash chain and report the first broken link, if any")
  public AuditTrail.Verification verify() {
    return trail.verify();
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw Problems.badRequest(name, "an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  /**
   * One recorded change.
   *
   * @param seq its place in the trail
   * @param occurredAt when
   * @param actor who, by id and name
   * @param action what kind of change
   * @param target what was changed
   * @param summary a sentence on it
   * @param before the changed state before, or {@code null}
   * @param after the changed state after, or {@code null}
   * @param hash this event's link in the chain
   */
  public record EventView(
      long seq,
      Instant occurredAt,
      AuditTrail.Actor actor,
      String action,
      String target,
      String summary,
      Object before,
      Object after,
      String hash) {

    static EventView of(AuditEvent event) {
      return new EventView(
          event.seq(),
          event.occurredAt(),
          new AuditTrail.Actor(event.actorId(), event.actorName()),
          event.action(),
          event.target(),
          event.summary(),
          AuditTrail.parse(event.before()),
          AuditTrail.parse(event.after()),
          event.hash());
    }
  }
}
