package io.salesplatform.plugins.misbehaving;

import io.salesplatform.plugin.api.ExternalServiceException;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.api.PricingStrategy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.pf4j.Extension;

/**
 * Asks the address in its configuration ({@code url}) over HTTP, as a plugin asking an outside
 * price service would, then prices at list price; an exchange that fails is the service being
 * unavailable.
 */
@Extension
public class CallsOut implements PricingStrategy {

  @Override
  public String name() {
    return "calls-out";
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    URI url = URI.create(context.configuration().string("url", "http://localhost/"));
    try {
      HttpResponse<String> answer =
          context
              .httpClient()
              .send(
                  HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new ExternalServiceException(
            url.getHost(),
            ExternalServiceException.Failure.UNAVAILABLE,
            "the price service answered " + answer.statusCode(),
            null);
      }
    } catch (IOException e) {
      throw new ExternalServiceException(
          url.getHost(),
          ExternalServiceException.Failure.UNAVAILABLE,
          "the price service cannot be reached: " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExternalServiceException(
          url.getHost(), ExternalServiceException.Failure.UNAVAILABLE, "interrupted", e);
    }
    List<PricedLine> lines =
        request.lines().stream()
            .map(l -> PricedLine.of(l, l.listPrice(), l.listPrice(), List.of()))
            .toList();
    return PriceResult.of(request.currency(), lines, List.of());
  }
}
