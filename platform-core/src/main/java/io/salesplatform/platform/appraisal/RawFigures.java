package io.salesplatform.platform.appraisal;

import java.math.BigDecimal;

/**
 * What one rep did in the quarter, as the data says, before any scoring.
 *
 * @param repId the rep's user id
 * @param revenue the value of contracts the rep signed in the quarter, in the company's currency
 * @param revenueGoal the rep's revenue goal for the quarter, or null when none was set
 * @param contracts how many contracts the revenue came from
 * @param surveys how many surveys of the rep's customers were answered in the quarter
 * @param surveyMean the mean of their scores (0 to 100), or null without any
 * @param newCustomers customers whose first signed contract, the rep's, falls in the quarter
 * @param obligationsDue contract milestones of the rep's contracts due in the quarter
 * @param obligationsMetOnTime of those, the ones delivered on or before their due day
 * @param ratings collaboration ratings the rep received for the quarter
 * @param ratingMean their mean, or null without any
 */
public record RawFigures(
    String repId,
    BigDecimal revenue,
    BigDecimal revenueGoal,
    long contracts,
    long surveys,
    BigDecimal surveyMean,
    long newCustomers,
    long obligationsDue,
    long obligationsMetOnTime,
    long ratings,
    BigDecimal ratingMean) {}
