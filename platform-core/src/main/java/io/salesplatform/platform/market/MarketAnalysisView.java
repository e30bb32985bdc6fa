package io.salesplatform.platform.market;

import io.salesplatform.platform.team.CompanyPeople;
import io.salesplatform.platform.team.PersonRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A market analysis.
 *
 * @param id its id
 * @param periodFrom the first day analysed
 * @param periodTo the last day analysed
 * @param author who made it
 * @param summary its summary
 * @param findings its findings
 * @param strategyChanges the strategy changes that followed
 * @param createdAt when it was recorded
 * @param updatedAt when it last changed
 * @param version its version, also the ETag
 */
public record MarketAnalysisView(
    UUID id,
    LocalDate periodFrom,
    LocalDate periodTo,
    PersonRef author,
    String summary,
    List<String> findings,
    List<StrategyChange> strategyChanges,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static MarketAnalysisView of(MarketAnalysis analysis, Map<String, PersonRef> people) {
    MarketAnalysis.Content c = analysis.content();
    return new MarketAnalysisView(
        analysis.id(),
        c.periodFrom(),
        c.periodTo(),
        CompanyPeople.ref(people, analysis.authorId()),
        c.summary(),
        c.findings(),
        c.strategyChanges(),
        analysis.createdAt(),
        analysis.updatedAt(),
        analysis.version());
  }
}
