package io.salesplatform.platform.credit;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.credit.CreditViews.CreditCheckView;
import io.salesplatform.platform.customer.CustomerScope;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.tenant.config.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Credit checks of a customer (policy 7.2), within the caller's customer reach. */
@Path("/t/{tenant}/customers/{customerId}/credit-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditCheckResource {

  @Inject CreditChecks credit;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;

  @Context UriInfo uri;

  @POST
  @RequiresPermission("credit.check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check the customer's credit by the company's credit-check plugin",
      description =
          "Sends the plugin the platform's figures (exposure from signed contracts, overdue and"
              + " paid invoices, the limit granted before) and the deal amount; keeps the decision"
              + " with what was sent. 422 no-credit-check-plugin when the company chose none."
              + " Send an Idempotency-Key to make retries safe.")
  public Response check(
      @PathParam("customerId") String customerId,
      @HeaderParam(IdempotentCreations.HEADER) String key,
      CreditCheckOrder request) {
    UUID id = id(customerId);
    CreditCheckOrder body = request == null ? new CreditCheckOrder() : request;
    CustomerScope scope = scope();
    return idempotency.create(
        key,
        "POST credit-checks " + id,
        body,
        () -> {
          CreditCheckView view = credit.check(id, body, scope);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(view.id().toString()).build(), view, null);
        });
  }

  @GET
  @RequiresPermission("credit.read")
  @Operation(summary = "The customer's credit decisions, newest first, paged")
  public Page<CreditCheckView> history(
      @PathParam("customerId") String customerId,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    UUID id = id(customerId);
    PageRequest page = PageRequest.of(offset, limit);
    CustomerScope scope = scope();
    return Page.of(credit.history(id, page, scope), page, credit.count(id, scope));
  }

  private CustomerScope scope() {
    return new CustomerScope(currentCaller.require(), permissions.grants(Permission.CUSTOMERS_ALL));
  }

  private static UUID id(String customerId) {
    return Inputs.id(
        customerId,
        () -> Problems.notFound("There is no customer " + customerId + " in your reach."));
  }
}
