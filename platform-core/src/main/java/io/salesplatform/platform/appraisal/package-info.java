/**
 * The quarterly appraisal (policy chapter 6, 8.3): five criteria computed from the company's data,
 * weighted by its settings, ranked, banded, explained and published.
 */
package io.salesplatform.platform.appraisal;
