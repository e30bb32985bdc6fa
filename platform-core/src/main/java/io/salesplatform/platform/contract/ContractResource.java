package io.salesplatform.platform.contract;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.contract.ContractViews.ContractView;
import io.salesplatform.platform.contract.ContractViews.MilestoneView;
import io.salesplatform.platform.contract.ContractViews.OverdueMilestone;
import io.salesplatform.platform.contract.ContractViews.RepFulfilment;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.pipeline.OpportunityRequests;
import io.salesplatform.platform.pipeline.OpportunityResource;
import io.salesplatform.platform.pipeline.OpportunityScope;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.tenant.config.Permission;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Contracts, their legal review, signing and milestones (policy 4.4, 5.4, 5.5, 6.4, 7.1, 7.2). A
 * contract is in reach when its owner is the caller or its opportunity is in their reach; {@code
 * opportunities.all} and {@code contracts.review} reach every one.
 */
@Path("/t/{tenant}/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

  @Inject Contracts contracts;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("contracts.read")
  @Operation(
      summary = "Contracts in reach, paged",
      description =
          "Filter by customer, opportunity, status and rep (the owner's user id); sort by number,"
              + " createdAt, updatedAt or signedAt, '-' for descending (default -createdAt).")
  public Page<ContractView> list(
      @QueryParam("customer") String customer,
      @QueryParam("opportunity") String opportunity,
      @QueryParam("status") String status,
      @QueryParam("rep") String rep,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-createdAt", Contracts.SORTABLE);
    ContractStatus contractStatus = null;
    if (Inputs.blankToNull(status) != null) {
      contractStatus =
          ContractStatus.byId(status.strip())
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "status", "one of " + String.join(", ", ContractStatus.ids())));
    }
    Contracts.Filter filter =
        new Contracts.Filter(
            Inputs.optionalId("customer", customer),
            Inputs.optionalId("opportunity", opportunity),
            contractStatus,
            Inputs.blankToNull(rep));
    ContractScope scope = scope();
    return Page.of(
        contracts.page(filter, order, page, scope), page, contracts.count(filter, scope));
  }

  @POST
  @RequiresPermission("contracts.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make the contract of an accepted quote",
      description =
          "{quoteId, terms, notes}: one contract per quote (409 otherwise); the quote's lines and"
              + " total are copied, and the contract goes to legal review (in-review). Send an"
              + " Idempotency-Key to make retries safe.")
  public Response create(
      @HeaderParam(IdempotentCreations.HEADER) String key, ContractRequests.Create request) {
    ContractRequests.Create body = Inputs.required(request);
    ContractScope scope = scope();
    return idempotency.create(
        key,
        "POST contracts",
        body,
        () -> {
          ContractView created = contracts.create(body, scope);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("overdue-milestones")
  @RequiresPermission("contracts.read")
  @Operation(
      summary = "Pending milestones of signed contracts past their due day, most overdue first",
      description = "In reach; rep (the contract owner's user id) narrows to one person's.")
  public Page<OverdueMilestone> overdue(
      @QueryParam("rep") String rep,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    ContractScope scope = scope();
    String owner = Inputs.blankToNull(rep);
    return Page.of(
        contracts.overdue(owner, page, scope), page, contracts.overdueCount(owner, scope));
  }

  @GET
  @Path("fulfilment")
  @RequiresPermission("contracts.read")
  @Operation(
      summary = "Fulfilment rate per rep and period",
      description =
          "Of the signed contracts in reach: the milestones the company owes (deliveries and its"
              + " obligations) due in [from, to) and by today, and how many were delivered on or"
              + " before their due day. rep narrows to one person.")
  public List<RepFulfilment> fulfilment(
      @QueryParam("rep") String rep, @QueryParam("from") String from, @QueryParam("to") String to) {
    return contracts.fulfilment(
        Inputs.blankToNull(rep),
        Inputs.optionalDay("from", from),
        Inputs.optionalDay("to", to),
        scope());
  }

  @GET
  @Path("{contractId}")
  @RequiresPermission("contracts.read")
  @Operation(summary = "One contract, its version as the ETag")
  public Response contract(@PathParam("contractId") String contractId) {
    return ok(contracts.find(id(contractId), scope()).orElseThrow(() -> unknown(contractId)));
  }

  @PUT
  @Path("{contractId}")
  @RequiresPermission("contracts.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Amend a contract's terms and notes: a new revision",
      description =
          "Not once signed. The new revision is a draft: it needs submitting and legal's approval"
              + " before it can be signed. With the version (body or If-Match).")
  public Response amend(
      @PathParam("contractId") String contractId,
      @HeaderParam("If-Match") String ifMatch,
      ContractRequests.Amend request) {
    ContractRequests.Amend body = Inputs.required(request);
    return ok(
        contracts.amend(id(contractId), body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{contractId}/submit")
  @RequiresPermission("contracts.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit an amended contract to legal review",
      description = "A draft or changes-requested contract goes in-review. With the version.")
  public Response submit(
      @PathParam("contractId") String contractId,
      @HeaderParam("If-Match") String ifMatch,
      ContractRequests.Step request) {
    ContractRequests.Step body = request == null ? new ContractRequests.Step() : request;
    return ok(contracts.submit(id(contractId), Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{contractId}/review")
  @RequiresPermission("contracts.review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Legal review of a contract in review",
      description =
          "{decision: approve|reject|request-changes, comment}; a comment is required unless"
              + " approving. With the version.")
  public Response review(
      @PathParam("contractId") String contractId,
      @HeaderParam("If-Match") String ifMatch,
      ContractRequests.Review request) {
    ContractRequests.Review body = Inputs.required(request);
    return ok(
        contracts.review(id(contractId), body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{contractId}/credit-approval")
  @RequiresPermission("contracts.credit-approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A manager approves signing beyond the customer's credit",
      description = "{comment}; holds for the current revision only. With the version.")
  public Response creditApproval(
      @PathParam("contractId") String contractId,
      @HeaderParam("If-Match") String ifMatch,
      ContractRequests.CreditApproval request) {
    ContractRequests.CreditApproval body = Inputs.required(request);
    return ok(
        contracts.approveCredit(
            id(contractId), body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{contractId}/sign")
  @RequiresPermission("contracts.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sign a contract legal approved",
      description =
          "{signedOn, signedBy}. 422 contract-not-approved while it is unreviewed, rejected,"
              + " changes-requested or amended since approval, whoever asks; 422"
              + " credit-approval-required when its value takes the customer beyond its credit"
              + " limit, or there is no current credit decision and the company demands one, until"
              + " a manager approves. Signing wins the opportunity with the contract's value. With"
              + " the version.")
  public Response sign(
      @PathParam("contractId") String contractId,
      @HeaderParam("If-Match") String ifMatch,
      ContractRequests.Sign request) {
    ContractRequests.Sign body = Inputs.required(request);
    return ok(
        contracts.sign(id(contractId), body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{contractId}/repeat-sale")
  @RequiresPermission("opportunities.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a repeat-sale opportunity from a signed or completed contract",
      description =
          "{title?, amount?, currency?}: an opportunity for the contract's customer in"
              + " customer-development, owned by the customer's rep, origin contract; a contract"
              + " not yet signed is 422 contract-not-signed. Send an Idempotency-Key to make"
              + " retries safe."
              + " Opened by the customer's rep or by someone holding customers.all, else 422"
              + " repeat-sale-refused.")
  public Response repeatSale(
      @PathParam("contractId") String contractId,
      @HeaderParam(IdempotentCreations.HEADER) String key,
      OpportunityRequests.RepeatSale request) {
    UUID id = id(contractId);
    OpportunityRequests.RepeatSale body =
        request == null ? new OpportunityRequests.RepeatSale() : request;
    ContractScope scope = scope();
    return OpportunityResource.repeatSale(
        idempotency,
        uri,
        key,
        "POST contracts/" + id + "/repeat-sale",
        body,
        () -> contracts.repeatSale(id, body, scope));
  }

  @GET
  @Path("{contractId}/milestones")
  @RequiresPermission("contracts.read")
  @Operation(summary = "The contract's milestones and obligations, by due day")
  public List<MilestoneView> milestones(@PathParam("contractId") String contractId) {
    return contracts.milestones(id(contractId), scope());
  }

  @POST
  @Path("{contractId}/milestones")
  @RequiresPermission("contracts.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a milestone or obligation",
      description =
          "{title, kind: delivery|invoice|company-obligation|customer-obligation, dueOn, amount"
              + " (invoices only)}.")
  public Response addMilestone(
      @PathParam("contractId") String contractId, ContractRequests.NewMilestone request) {
    MilestoneView view = contracts.addMilestone(id(contractId), Inputs.required(request), scope());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .entity(view)
        .build();
  }

  @POST
  @Path("{contractId}/milestones/{milestoneId}/delivery")
  @RequiresPermission("contracts.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a milestone delivered (paid, kept) on a day",
      description =
          "{on} (today when left out). When the contract is signed and every delivery is then"
              + " delivered, it is completed: contract.completed, the opportunity enters"
              + " after-sales and a follow-up visit is planned.")
  public MilestoneView delivery(
      @PathParam("contractId") String contractId,
      @PathParam("milestoneId") String milestoneId,
      ContractRequests.Done request) {
    UUID milestone =
        Inputs.id(
            milestoneId,
            () -> Problems.notFound("The contract has no milestone " + milestoneId + "."));
    return contracts.done(
        id(contractId),
        milestone,
        request == null ? new ContractRequests.Done() : request,
        scope());
  }

  private static Response ok(ContractView view) {
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  private ContractScope scope() {
    Caller caller = currentCaller.require();
    boolean allOpportunities = permissions.grants(Permission.OPPORTUNITIES_ALL);
    return new ContractScope(
        caller,
        allOpportunities || permissions.grants(Permission.CONTRACTS_REVIEW),
        new OpportunityScope(
            caller,
            allOpportunities,
            permissions.grants(Permission.OPPORTUNITIES_OVERRIDE_STAGE),
            permissions.grants(Permission.CUSTOMERS_ALL)));
  }

  private static UUID id(String contractId) {
    return Inputs.id(contractId, () -> unknown(contractId));
  }

  private static ProblemException unknown(String contractId) {
    return Problems.notFound("There is no contract " + contractId + " in your reach.");
  }
}
