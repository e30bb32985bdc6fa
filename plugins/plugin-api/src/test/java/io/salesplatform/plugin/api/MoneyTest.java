package io.salesplatform.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsKeepTheCurrencysMinorUnitSoEqualPricesAreEqual() {
    assertThat(Money.of("10", "EUR")).isEqualTo(Money.of("10.00", "EUR"));
    assertThat(Money.of("10.005", "EUR").amount()).isEqualByComparingTo("10.00");
    assertThat(Money.of("10.015", "EUR").amount()).isEqualByComparingTo("10.02");
    assertThat(Money.of("1500.4", "JPY").amount()).isEqualByComparingTo("1500");
  }

  @Test
  void arithmeticStaysExact() {
    Money price = Money.of("0.10", "CNY");

    assertThat(price.plus(Money.of("0.20", "CNY"))).isEqualTo(Money.of("0.30", "CNY"));
    assertThat(price.times(new BigDecimal("3"))).isEqualTo(Money.of("0.30", "CNY"));
    assertThat(price.minus(Money.of("0.25", "CNY")).isNegative()).isTrue();
  }

  @Test
  void differentCurrenciesDoNotMix() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
        .withMessageContaining("exchange rate");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")));
  }

  @Test
  void unknownCurrenciesAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "XYZ1"));
  }
}
