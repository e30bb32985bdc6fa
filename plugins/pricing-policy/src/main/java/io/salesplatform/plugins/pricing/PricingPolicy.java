package io.salesplatform.plugins.pricing;

import io.salesplatform.plugin.api.AppliedDiscount;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's pricing policy, read from its configuration of the plugin: the price book, volume
 * tiers, segment discounts, the discount each role may grant, the margin floor, and the price lists
 * negotiated with customers. It knows where a line's price starts from; {@link QuotePricer} does
 * the rest.
 *
 * @param priceBook per SKU, list prices by currency and the product's own volume tiers
 * @param volumeTiers the tiers of products without their own
 * @param segmentDiscountPercent the discount per customer segment
 * @param maxDiscountPercent the most each role may grant on top, without approval
 * @param marginFloorPercent the least margin, as a percent of the unit price, a line may keep
 * @param priceLists the prices negotiated with customers
 */
record PricingPolicy(
    Map<String, Product> priceBook,
    List<VolumeTier> volumeTiers,
    Map<String, BigDecimal> segmentDiscountPercent,
    Map<String, BigDecimal> maxDiscountPercent,
    BigDecimal marginFloorPercent,
    List<PriceList> priceLists) {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * One product in the price book.
   *
   * @param listPrices the list price of one unit, by currency; a currency not listed falls back to
   *     the catalogue's list price on the quote line
   * @param volumeTiers the product's own tiers, or {@code null} for the policy's
   */
  record Product(Map<String, BigDecimal> listPrices, List<VolumeTier> volumeTiers) {}

  /**
   * Where a line's price starts from, before the requester's discount.
   *
   * @param listPrice the list price of one unit
   * @param price the exact price of one unit after the policy's own steps
   * @param steps those steps
   */
  record Start(Money listPrice, BigDecimal price, List<AppliedDiscount> steps) {}

  static PricingPolicy from(PluginConfiguration configuration) {
    Map<String, Product> book = new LinkedHashMap<>();
    PluginConfiguration bookSection = configuration.section("priceBook");
    for (String sku : bookSection.values().keySet()) {
      PluginConfiguration entry = bookSection.section(sku);
      Map<String, BigDecimal> prices = entry.decimals("listPrices");
      prices.keySet().forEach(currency -> requireCurrency(entry.section("listPrices"), currency));
      book.put(
          sku, new Product(prices, entry.has("volumeTiers") ? tiers(entry, "volumeTiers") : null));
    }
    BigDecimal floor = configuration.decimal("marginFloorPercent", BigDecimal.ZERO);
    if (floor.signum() < 0 || floor.compareTo(HUNDRED) >= 0) {
      throw configuration.invalid(
          "marginFloorPercent", "a margin floor is at least 0 and below 100 percent, not " + floor);
    }
    return new PricingPolicy(
        Map.copyOf(book),
        tiers(configuration, "volumeTiers"),
        percents(configuration, "segmentDiscountPercent"),
        percents(configuration, "maxDiscountPercent"),
        floor,
        priceLists(configuration));
  }

  /**
   * The most the requester may grant on top, without approval: the highest cap among their roles. A
   * role the tenant has not listed, or a request on nobody's behalf, may grant nothing: an omission
   * must not turn into unlimited discounts.
   */
  BigDecimal roleCap(Set<String> roles) {
    return roles.stream()
        .map(role -> maxDiscountPercent.getOrDefault(role, BigDecimal.ZERO))
        .max(Comparator.naturalOrder())
        .orElse(BigDecimal.ZERO);
  }

  /** The start of a line under the tiered policy: list price less volume and segment discount. */
  Start tiered(PriceLine line, PriceRequest request) {
    Product product = priceBook.get(line.sku());
    Money listPrice = listPrice(line, product, request.currency());
    List<AppliedDiscount> steps = new ArrayList<>();
    BigDecimal price = listPrice.amount();

    List<VolumeTier> tiers =
        product != null && product.volumeTiers() != null ? product.volumeTiers() : volumeTiers;
    Optional<VolumeTier> tier =
        tiers.stream()
            .filter(t -> t.minQuantity().compareTo(line.quantity()) <= 0)
            .max(Comparator.comparing(VolumeTier::minQuantity));
    if (tier.isPresent() && tier.get().discountPercent().signum() > 0) {
      steps.add(
          new AppliedDiscount(
              AppliedDiscount.VOLUME,
              "volume tier from " + plain(tier.get().minQuantity()) + " units",
              tier.get().discountPercent()));
      price = less(price, tier.get().discountPercent());
    }

    BigDecimal segment =
        request.customerSegment() == null
            ? null
            : segmentDiscountPercent.get(request.customerSegment());
    if (segment != null && segment.signum() > 0) {
      steps.add(
          new AppliedDiscount(
              AppliedDiscount.SEGMENT, "segment " + request.customerSegment(), segment));
      price = less(price, segment);
    }
    return new Start(listPrice, price, steps);
  }

  /**
   * The start of a line under a price list negotiated with the customer and in force on the pricing
   * date, or the tiered start when none prices the SKU. Of several lists, the one in force since
   * the latest day wins; on the same day, the one listed first.
   */
  Start negotiated(PriceLine line, PriceRequest request) {
    Optional<PriceList> agreed =
        priceLists.stream()
            .filter(
                list ->
                    list.serves(request.customerId(), request.currency(), request.pricingDate()))
            .filter(list -> list.prices().containsKey(line.sku()))
            .reduce((best, next) -> next.validFrom().isAfter(best.validFrom()) ? next : best);
    if (agreed.isEmpty()) {
      return tiered(line, request);
    }
    Money listPrice = listPrice(line, priceBook.get(line.sku()), request.currency());
    BigDecimal price = agreed.get().prices().get(line.sku());
    BigDecimal off =
        listPrice.isZero()
            ? BigDecimal.ZERO
            : listPrice
                .amount()
                .subtract(price)
                .movePointRight(2)
                .divide(listPrice.amount(), 2, RoundingMode.HALF_EVEN);
    AppliedDiscount step =
        new AppliedDiscount(
            AppliedDiscount.NEGOTIATED,
            "price list '" + agreed.get().name() + "', " + agreed.get().validity(),
            off);
    return new Start(listPrice, price, List.of(step));
  }

  static BigDecimal less(BigDecimal price, BigDecimal percent) {
    return price.multiply(HUNDRED.subtract(percent)).movePointLeft(2);
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static Money listPrice(PriceLine line, Product product, String currency) {
    if (product != null && product.listPrices().containsKey(currency)) {
      return Money.of(product.listPrices().get(currency), currency);
    }
    return line.listPrice();
  }

  private static List<VolumeTier> tiers(PluginConfiguration section, String key) {
    List<VolumeTier> tiers = new ArrayList<>();
    Set<BigDecimal> starts = new HashSet<>();
    for (PluginConfiguration entry : section.sections(key)) {
      BigDecimal min =
          entry
              .decimal("minQuantity")
              .orElseThrow(() -> entry.invalid("minQuantity", "a tier names its least quantity"));
      BigDecimal percent = percent(entry, "discountPercent");
      if (min.signum() <= 0) {
        throw entry.invalid("minQuantity", "a tier's least quantity is positive");
      }
      if (!starts.add(min.stripTrailingZeros())) {
        throw entry.invalid(
            "minQuantity", "two tiers start at " + plain(min) + " units; which applies is unclear");
      }
      tiers.add(new VolumeTier(min, percent));
    }
    return List.copyOf(tiers);
  }

  private static Map<String, BigDecimal> percents(PluginConfiguration configuration, String key) {
    PluginConfiguration section = configuration.section(key);
    Map<String, BigDecimal> read = new LinkedHashMap<>();
    for (String name : section.values().keySet()) {
      read.put(name, percent(section, name));
    }
    return Map.copyOf(read);
  }

  private static BigDecimal percent(PluginConfiguration section, String key) {
    BigDecimal percent =
        section.decimal(key).orElseThrow(() -> section.invalid(key, "a percent is required"));
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw section.invalid(key, "a percent is between 0 and 100, not " + plain(percent));
    }
    return percent;
  }

  private static List<PriceList> priceLists(PluginConfiguration configuration) {
    List<PriceList> lists = new ArrayList<>();
    for (PluginConfiguration entry : configuration.sections("priceLists")) {
      String currency =
          entry.string("currency").orElseThrow(() -> entry.invalid("currency", "required"));
      requireCurrency(entry, "currency", currency);
      LocalDate from =
          entry.date("validFrom").orElseThrow(() -> entry.invalid("validFrom", "required"));
      LocalDate until = entry.date("validUntil").orElse(null);
      if (until != null && until.isBefore(from)) {
        throw entry.invalid("validUntil", "ends on " + until + ", before it starts on " + from);
      }
      Map<String, BigDecimal> prices = entry.decimals("prices");
      prices.forEach(
          (sku, price) -> {
            if (price.signum() < 0) {
              throw entry.section("prices").invalid(sku, "a price is not negative");
            }
          });
      lists.add(
          new PriceList(
              entry.string("name", "price list " + (lists.size() + 1)),
              entry.string("customerId").orElseThrow(() -> entry.invalid("customerId", "required")),
              currency,
              from,
              until,
              prices));
    }
    return List.copyOf(lists);
  }

  private static void requireCurrency(PluginConfiguration section, String currency) {
    requireCurrency(section, currency, currency);
  }

  private static void requireCurrency(PluginConfiguration section, String key, String currency) {
    try {
      Money.minorDigits(currency);
    } catch (InvalidRequestException e) {
      throw section.invalid(key, "'" + currency + "' is not an ISO 4217 currency code");
    }
  }

  /** The roles, sorted, for a message. */
  static String roleNames(Set<String> roles) {
    return roles.isEmpty() ? "a requester with no role" : String.join(", ", new TreeSet<>(roles));
  }
}
