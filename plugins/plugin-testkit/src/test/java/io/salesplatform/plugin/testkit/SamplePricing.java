package io.salesplatform.plugin.testkit;

import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.api.PricingStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pf4j.Extension;

/** Pricing extensions for the testkit's own tests: one that conforms, and one per defect. */
final class SamplePricing {

  private SamplePricing() {}

  /** Prices every line at list price plus the configured markup; conforms. */
  @Extension
  public static class ListPrice implements PricingStrategy {

    @Override
    public String name() {
      return "list-price";
    }

    @Override
    public void checkConfiguration(PluginConfiguration configuration) {
      if (configuration.decimal("markupPercent", BigDecimal.ZERO).compareTo(BigDecimal.valueOf(500))
          > 0) {
        throw configuration.invalid("markupPercent", "at most 500");
      }
    }

    @Override
    public PriceResult price(PriceRequest request, PluginContext context) {
      if (request.customerId().equals("blocked")) {
        throw new InvalidRequestException("customerId", "this customer is blocked");
      }
      BigDecimal factor =
          BigDecimal.ONE.add(
              context.configuration().decimal("markupPercent", BigDecimal.ZERO).movePointLeft(2));
      List<PricedLine> lines = new ArrayList<>();
      for (PriceLine line : request.lines()) {
        lines.add(PricedLine.of(line, line.listPrice(), line.listPrice().times(factor), List.of()));
      }
      return PriceResult.of(request.currency(), lines, List.of());
    }
  }

  /** Adds a random cent. */
  @Extension
  public static class Random1 extends ListPrice {

    private final Random random = new Random();

    @Override
    public PriceResult price(PriceRequest request, PluginContext context) {
      List<PricedLine> lines = new ArrayList<>();
      for (PriceLine line : request.lines()) {
        var price =
            line.listPrice()
                .plus(
                    io.salesplatform.plugin.api.Money.of(
                        BigDecimal.valueOf(random.nextInt(1000), 2), request.currency()));
        lines.add(PricedLine.of(line, line.listPrice(), price, List.of()));
      }
      return PriceResult.of(request.currency(), lines, List.of());
    }
  }

  /** Keeps the request it is serving in a field, which concurrent calls overwrite. */
  @Extension
  public static class SharedState extends ListPrice {

    private PriceRequest serving;

    @Override
    public PriceResult price(PriceRequest request, PluginContext context) {
      serving = request;
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.price(serving, context);
    }
  }

  /** Takes 10 ms a call. */
  @Extension
  public static class Slow extends ListPrice {

    @Override
    public PriceResult price(PriceRequest request, PluginContext context) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.price(request, context);
    }
  }

  /** Names itself against the rule. */
  @Extension
  public static class BadName extends ListPrice {

    @Override
    public String name() {
      return "List_Price";
    }
  }

  /** Forgets the annotation PF4J finds extensions by (which a subclass would inherit). */
  public static class NotAnnotated implements PricingStrategy {

    @Override
    public String name() {
      return "not-annotated";
    }

    @Override
    public void checkConfiguration(PluginConfiguration configuration) {
      new ListPrice().checkConfiguration(configuration);
    }

    @Override
    public PriceResult price(PriceRequest request, PluginContext context) {
      return new ListPrice().price(request, context);
    }
  }

  /** Prices the lines in reverse order. */
  @Extension
  public static class Reordering extends ListPrice {

    @Override
    public PriceResult price(PriceRequest request, PluginContext context) {
      PriceResult inOrder = super.price(request, context);
      List<PricedLine> reversed = new ArrayList<>(inOrder.lines());
      java.util.Collections.reverse(reversed);
      return PriceResult.of(request.currency(), reversed, List.of());
    }
  }
}
