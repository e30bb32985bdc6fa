package io.salesplatform.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PricingRecordsTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  @Test
  void aQuoteWithoutLinesIsABadRequestAboutTheLines() {
    assertThatThrownBy(() -> request("EUR", List.of()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("lines"))
        .hasMessage("a quote to price has at least one line");
  }

  @Test
  void aLineInAnotherCurrencyIsACurrencyMismatchNamingTheLine() {
    List<PriceLine> lines =
        List.of(line("A", "1", eur("10.00"), null, "0"), line("B", "1", usd("10.00"), null, "0"));

    assertThatThrownBy(() -> request("EUR", lines))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.field()).isEqualTo("lines[1].listPrice");
              assertThat(e.expected()).isEqualTo("EUR");
              assertThat(e.found()).isEqualTo("USD");
            });
  }

  @Test
  void aCostInAnotherCurrencyIsACurrencyMismatchToo() {
    List<PriceLine> lines = List.of(line("A", "1", eur("10.00"), usd("4.00"), "0"));

    assertThatThrownBy(() -> request("EUR", lines))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> assertThat(e.field()).isEqualTo("lines[0].unitCost"));
  }

  @Test
  void anUnknownQuoteCurrencyIsRefused() {
    assertThatThrownBy(() -> request("EURO", List.of(line("A", "1", eur("1"), null, "0"))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("currency"));
  }

  @Test
  void lineFiguresOutOfRangeAreBadRequestsNamingTheField() {
    assertThatThrownBy(() -> line("A", "0", eur("10"), null, "0"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    assertThatThrownBy(() -> line("A", "1", eur("-0.01"), null, "0"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("listPrice"));
    assertThatThrownBy(() -> line("A", "1", eur("10"), null, "100.01"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("requestedDiscountPercent"))
        .hasMessageContaining("between 0 and 100, not 100.01");
    assertThatThrownBy(() -> new PriceLine(" ", "A", BigDecimal.ONE, eur("10"), null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("productId"));
  }

  @Test
  void aBadFieldCanBeNamedFromTheEnclosingRequest() {
    InvalidRequestException inLine = new InvalidRequestException("quantity", "must be positive");

    assertThat(inLine.within("lines[2]").field()).isEqualTo("lines[2].quantity");
    assertThat(inLine.within("lines[2]").getMessage()).isEqualTo("must be positive");
    assertThat(new CurrencyMismatchException("listPrice", "EUR", "USD").within("lines[0]"))
        .isInstanceOf(CurrencyMismatchException.class)
        .extracting(InvalidRequestException::field)
        .isEqualTo("lines[0].listPrice");
  }

  @Test
  void aMissingRequestedDiscountIsNone() {
    assertThat(line("A", "1", eur("1"), null, null).requestedDiscountPercent()).isZero();
  }

  @Test
  void aPricedLineDerivesItsFiguresAndRoundsEachOnce() {
    PriceLine requested = line("A", "3", eur("19.99"), eur("12.00"), "10");

    PricedLine priced = PricedLine.of(requested, eur("19.99"), eur("17.99"), List.of());

    assertThat(priced.lineTotal()).isEqualTo(eur("53.97"));
    // (19.99 - 17.99) / 19.99 = 10.005...%, shown with two decimals.
    assertThat(priced.discountPercent()).isEqualByComparingTo("10.01");
    assertThat(priced.margin()).isEqualTo(eur("17.97"));
    // 17.97 / 53.97 = 33.296...%
    assertThat(priced.marginPercent()).isEqualByComparingTo("33.30");
  }

  @Test
  void aFreeLineHasNoMarginPercentAndAFreeListPriceNoDiscount() {
    PricedLine free =
        PricedLine.of(
            line("A", "2", eur("50.00"), eur("10.00"), "100"), eur("50.00"), eur("0"), List.of());
    PricedLine gift =
        PricedLine.of(line("B", "1", eur("0"), null, "0"), eur("0"), eur("0"), List.of());

    assertThat(free.margin()).isEqualTo(eur("-20.00"));
    assertThat(free.marginPercent()).isNull();
    assertThat(free.discountPercent()).isEqualByComparingTo("100");
    assertThat(gift.discountPercent()).isZero();
    assertThat(gift.margin()).isNull();
  }

  @Test
  void resultTotalsAreTheSumsOfTheLines() {
    PricedLine a =
        PricedLine.of(
            line("A", "3", eur("10.00"), eur("4.00"), "0"), eur("10.00"), eur("9.00"), List.of());
    PricedLine b =
        PricedLine.of(
            line("B", "1", eur("5.00"), eur("1.00"), "0"), eur("5.00"), eur("5.00"), List.of());

    PriceResult result = PriceResult.of("EUR", List.of(a, b), List.of());

    assertThat(result.listTotal()).isEqualTo(eur("35.00"));
    assertThat(result.netTotal()).isEqualTo(eur("32.00"));
    assertThat(result.discountTotal()).isEqualTo(eur("3.00"));
    assertThat(result.marginTotal()).isEqualTo(eur("19.00"));
    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void theMarginTotalIsUnknownWhenOneLinesCostIs() {
    PricedLine known =
        PricedLine.of(line("A", "1", eur("10"), eur("4"), "0"), eur("10"), eur("10"), List.of());
    PricedLine unknown =
        PricedLine.of(line("B", "1", eur("10"), null, "0"), eur("10"), eur("10"), List.of());

    assertThat(PriceResult.of("EUR", List.of(known, unknown), List.of()).marginTotal()).isNull();
  }

  @Test
  void aResultWhoseTotalsDoNotAddUpIsRefused() {
    PricedLine a =
        PricedLine.of(
            line("A", "1", eur("10.00"), null, "0"), eur("10.00"), eur("10.00"), List.of());

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PriceResult(
                    "EUR", List.of(a), eur("10.00"), eur("0.00"), eur("9.99"), null, List.of()))
        .withMessageContaining("not the sums of the lines");
  }

  @Test
  void aResultWithALineInAnotherCurrencyIsRefused() {
    PricedLine a =
        PricedLine.of(
            line("A", "1", usd("10.00"), null, "0"), usd("10.00"), usd("10.00"), List.of());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> PriceResult.of("EUR", List.of(a), List.of()))
        .withMessageContaining("priced in USD, not EUR");
  }

  @Test
  void aResultWithAReasonNeedsApproval() {
    PricedLine a =
        PricedLine.of(
            line("A", "1", eur("10.00"), null, "0"), eur("10.00"), eur("10.00"), List.of());

    PriceResult result =
        PriceResult.of(
            "EUR",
            List.of(a),
            List.of(new ApprovalReason(ApprovalReason.DISCOUNT_ABOVE_ROLE_CAP, 1, "too much")));

    assertThat(result.approvalRequired()).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ApprovalReason("x", 0, "lines count from 1"));
  }

  private static PriceRequest request(String currency, List<PriceLine> lines) {
    return new PriceRequest("c-1", null, Set.of("sales-rep"), TODAY, currency, lines);
  }

  private static PriceLine line(
      String sku, String quantity, Money listPrice, Money unitCost, String discount) {
    return new PriceLine(
        "p-" + sku,
        sku,
        new BigDecimal(quantity),
        listPrice,
        unitCost,
        discount == null ? null : new BigDecimal(discount));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
