package io.salesplatform.platform.product;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The company's product catalogue: read by its sales staff, kept by its managers. */
@Path("/t/{tenant}/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

  @Inject Products products;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("products.read")
  @Operation(
      summary = "The catalogue, paged",
      description =
          "Filter by active (true or false) and q (text in SKU or name); sort by sku (default),"
              + " name, listPrice or updatedAt, '-' for descending.")
  public Page<ProductView> list(
      @QueryParam("active") String active,
      @QueryParam("q") String text,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "sku", Products.SORTABLE);
    Boolean activeOnly = null;
    if (active != null && !active.isBlank()) {
      activeOnly =
          switch (active.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Problems.badRequest("active", "true or false");
          };
    }
    String q = text == null || text.isBlank() ? null : text.strip();
    if (q != null && q.length() > 200) {
      throw Problems.badRequest("q", "at most 200 characters");
    }
    Products.Filter filter = new Products.Filter(activeOnly, q);
    return Page.of(products.page(filter, order, page), page, products.count(filter));
  }

  @POST
  @RequiresPermission("products.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a product",
      description = "A taken SKU gets 409. Send an Idempotency-Key to make retries safe.")
  public Response create(
      @HeaderParam(IdempotentCreations.HEADER) String key, ProductRequest request) {
    ProductRequest body = Inputs.required(request);
    AuditTrail.Actor actor = actor();
    return idempotency.create(
        key,
        "POST products",
        body,
        () -> {
          ProductView created = products.create(body, actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("{productId}")
  @RequiresPermission("products.read")
  @Operation(summary = "One product, with its version as the ETag")
  public Response product(@PathParam("productId") String productId) {
    ProductView view = products.find(id(productId)).orElseThrow(() -> Products.unknown(productId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{productId}")
  @RequiresPermission("products.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a product's name, prices or whether it is offered",
      description =
          "The SKU stays. With the version it was read at (body or If-Match); a stale one gets"
              + " 409. A product is never deleted: set active to false.")
  public Response update(
      @PathParam("productId") String productId,
      @HeaderParam("If-Match") String ifMatch,
      ProductRequest request) {
    UUID id = id(productId);
    ProductRequest body = Inputs.required(request);
    ProductView view = products.update(id, body, Versions.basedOn(body.version, ifMatch), actor());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }

  private static UUID id(String productId) {
    return Inputs.id(productId, () -> Products.unknown(productId));
  }
}
