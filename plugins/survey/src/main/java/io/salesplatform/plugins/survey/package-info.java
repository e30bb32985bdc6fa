/**
 * The {@code nps-survey} plugin: a Net Promoter Score survey of one question, asked in English or
 * Simplified Chinese, whose answer is scored on the platform's 0 to 100 scale for appraisal (policy
 * rules 4.5 and 6.2).
 */
package io.salesplatform.plugins.survey;
