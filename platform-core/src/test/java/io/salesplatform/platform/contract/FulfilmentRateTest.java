package io.salesplatform.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.platform.contract.FulfilmentRate.Facts;
import io.salesplatform.platform.contract.Milestone.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FulfilmentRateTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-06-10");

  @Test
  void deliveredOnOrBeforeTheDueDayIsOnTimeLateOrNotYetIsNot() {
    FulfilmentRate rate =
        FulfilmentRate.of(
            List.of(
                new Facts(Kind.DELIVERY, TODAY.minusDays(5), TODAY.minusDays(5)),
                new Facts(Kind.COMPANY_OBLIGATION, TODAY.minusDays(4), TODAY.minusDays(6)),
                new Facts(Kind.DELIVERY, TODAY.minusDays(3), TODAY.minusDays(1)),
                new Facts(Kind.DELIVERY, TODAY, null)),
            TODAY);

    assertThat(rate.due()).isEqualTo(4);
    assertThat(rate.onTime()).isEqualTo(2);
    assertThat(rate.rate()).isEqualByComparingTo("0.5");
  }

  @Test
  void onlyWhatTheCompanyOwesAndWhatIsDueSoFarCounts() {
    FulfilmentRate rate =
        FulfilmentRate.of(
            List.of(
                new Facts(Kind.INVOICE, TODAY.minusDays(5), null),
                new Facts(Kind.CUSTOMER_OBLIGATION, TODAY.minusDays(5), null),
                new Facts(Kind.DELIVERY, TODAY.plusDays(1), TODAY),
                new Facts(Kind.DELIVERY, TODAY.minusDays(1), TODAY.minusDays(2))),
            TODAY);

    assertThat(rate.due()).isEqualTo(1);
    assertThat(rate.onTime()).isEqualTo(1);
    assertThat(rate.rate()).isEqualByComparingTo("1");
  }

  @Test
  void withNothingDueThereIsNoRate() {
    assertThat(FulfilmentRate.of(List.of(), TODAY).rate()).isNull();
    assertThat(
            FulfilmentRate.of(List.of(new Facts(Kind.DELIVERY, TODAY.plusDays(3), null)), TODAY)
                .rate())
        .isNull();
  }

  @Test
  void twoOfThreeIsRoundedToFourDecimals() {
    assertThat(FulfilmentRate.of(3, 2).rate()).isEqualByComparingTo("0.6667");
  }
}
