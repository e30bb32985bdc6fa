package io.salesplatform.platform.pricing;

import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Prices quote lines by the tenant's pricing policy, without making a quote. */
@Path("/t/{tenant}/pricing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PricingResource {

  @Inject PricingService pricing;
  @Inject TenantSettingsService settings;
  @Inject TenantContext tenant;

  Clock clock = Clock.systemUTC();

  @POST
  @Path("preview")
  @RequiresPermission("settings.read")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Price quote lines by the company's pricing plugin",
      description =
          "Prices the lines as a quote would be priced: by the pricing extension the company's"
              + " settings select (at list price when none), with the caller's roles deciding"
              + " which discounts need approval. Nothing is stored.")
  public PricePreview preview(PricePreviewRequest body) {
    return pricing.price(request(body));
  }

  private PriceRequest request(PricePreviewRequest body) {
    if (body == null) {
      throw Problems.badRequest("body", "a body with customerId and lines is required");
    }
    TenantSettings current = settings.current().settings();
    String currency = body.currency == null ? current.currency().getCurrencyCode() : body.currency;
    LocalDate date;
    try {
      date =
          body.pricingDate == null
              ? LocalDate.now(clock.withZone(current.timeZone()))
              : LocalDate.parse(body.pricingDate);
    } catch (DateTimeParseException e) {
      throw Problems.badRequest("pricingDate", "must be a date such as 2026-03-31");
    }
    try {
      if (body.lines == null || body.lines.isEmpty()) {
        throw new InvalidRequestException("lines", "a quote to price has at least one line");
      }
      Money.minorDigits(currency);
      List<PriceLine> lines = new ArrayList<>();
      for (int i = 0; i < body.lines.size(); i++) {
        lines.add(line(body.lines.get(i), currency, "lines[" + i + "]"));
      }
      return new PriceRequest(
          body.customerId, body.customerSegment, tenant.roles(), date, currency, lines);
    } catch (InvalidRequestException e) {
      throw Problems.badRequest(e.field() == null ? "request" : e.field(), e.getMessage());
    }
  }

  private static PriceLine line(PricePreviewRequest.Line line, String currency, String at) {
    if (line == null) {
      throw new InvalidRequestException(at, "a line is required");
    }
    if (line.listPrice == null) {
      throw new InvalidRequestException(at + ".listPrice", "a list price is required");
    }
    try {
      return new PriceLine(
          line.productId,
          line.sku,
          line.quantity,
          Money.of(line.listPrice, currency),
          line.unitCost == null ? null : Money.of(line.unitCost, currency),
          line.requestedDiscountPercent);
    } catch (InvalidRequestException e) {
      throw e.within(at);
    }
  }
}
