package io.salesplatform.plugins.pricing;

import java.math.BigDecimal;

/**
 * A discount for buying at least a quantity of one product on one line.
 *
 * @param minQuantity the least quantity the tier applies from, positive
 * @param discountPercent the discount, 0 to 100
 */
record VolumeTier(BigDecimal minQuantity, BigDecimal discountPercent) {}
