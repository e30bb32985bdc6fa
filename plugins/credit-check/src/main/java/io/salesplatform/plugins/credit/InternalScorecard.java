package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.CreditDecision.Outcome;
import io.salesplatform.plugin.api.CreditRating;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Decides from the tenant's own books, without an outside service: the scorecard rates the customer
 * from payment history, overdue amounts, exposure against the credit limit and years as a customer;
 * the rating sets the credit limit; the policy decides.
 */
@Extension
public class InternalScorecard implements CreditCheckProvider {

  static final String NAME = "internal-scorecard";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void checkConfiguration(PluginConfiguration configuration) {
    CreditPolicy.from(configuration);
    Scorecard.from(configuration);
  }

  @Override
  public CreditDecision check(CreditCheckRequest request, PluginContext context) {
    CreditPolicy policy = CreditPolicy.from(context.configuration());
    Scorecard scorecard = Scorecard.from(context.configuration());
    Money baseLimit = policy.baseLimit(request);
    LocalDate today = LocalDate.ofInstant(context.clock().instant(), context.clock().getZone());
    Scorecard.Result result = scorecard.score(request, baseLimit, today);
    CreditRating rating = Scorecard.rating(result.score(), scorecard.ratingFloors());

    List<CreditPolicy.Finding> further = new ArrayList<>();
    if (request.oldestOverdueDays() > scorecard.overdueDaysTolerated()) {
      further.add(
          new CreditPolicy.Finding(
              Outcome.REVIEW,
              "an invoice is "
                  + request.oldestOverdueDays()
                  + " days overdue, beyond the "
                  + scorecard.overdueDaysTolerated()
                  + " days tolerated"));
    }
    return policy.decide(
        request,
        rating,
        result.score(),
        scorecard.limit(rating, baseLimit),
        further,
        List.of(scorecard.explain(result, rating)),
        null,
        context.clock());
  }
}
