/**
 * The {@code nps-survey} plugin (policy rules 4.5, 5.6 and 6.2) with two survey mechanisms: {@code
 * nps}, the Net Promoter Score (a 0 to 10 question and a comment), and {@code csat}, a customer
 * satisfaction survey of weighted questions the tenant chooses. Both ask in English or Simplified
 * Chinese (or the languages the tenant configures), score each answer on the platform's 0 to 100
 * scale, and sum the scores up per customer, rep and period.
 */
package io.salesplatform.plugins.survey;
