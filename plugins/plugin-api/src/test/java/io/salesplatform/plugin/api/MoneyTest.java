package io.salesplatform.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsKeepTheCurrencysMinorUnitSoEqualPricesAreEqual() {
    assertThat(Money.of("10", "EUR")).isEqualTo(Money.of("10.00", "EUR"));
    assertThat(Money.of("10.005", "EUR").amount()).isEqualByComparingTo("10.00");
    assertThat(Money.of("10.015", "EUR").amount()).isEqualByComparingTo("10.02");
    assertThat(Money.of("1500.4", "JPY").amount()).isEqualByComparingTo("1500");
    assertThat(Money.of("1.2345", "BHD").amount()).isEqualByComparingTo("1.234");
  }

  @Test
  void arithmeticStaysExact() {
    Money price = Money.of("0.10", "CNY");

    assertThat(price.plus(Money.of("0.20", "CNY"))).isEqualTo(Money.of("0.30", "CNY"));
    assertThat(price.times(new BigDecimal("3"))).isEqualTo(Money.of("0.30", "CNY"));
    assertThat(price.minus(Money.of("0.25", "CNY")).isNegative()).isTrue();
    assertThat(Money.zero("EUR").isZero()).isTrue();
  }

  @Test
  void differentCurrenciesDoNotMix() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo("EUR");
              assertThat(e.found()).isEqualTo("USD");
            })
        .hasMessageContaining("exchange rate");
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void requiringACurrencyNamesTheField() {
    assertThatThrownBy(() -> Money.of("1", "USD").requireCurrency("EUR", "lines[0].listPrice"))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> assertThat(e.field()).isEqualTo("lines[0].listPrice"))
        .hasMessageStartingWith("lines[0].listPrice is in USD, not in EUR");
  }

  @Test
  void unknownCurrenciesAreABadRequestAboutTheCurrency() {
    assertThatThrownBy(() -> Money.of("1", "XYZ1"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("currency"))
        .hasMessageContaining("'XYZ1' is not an ISO 4217 currency code");
  }
}
