package io.salesplatform.platform.market;

import java.time.LocalDate;

/**
 * A change of sales strategy that followed an analysis.
 *
 * @param decision what was decided
 * @param decidedOn the day it was decided
 */
public record StrategyChange(String decision, LocalDate decidedOn) {}
