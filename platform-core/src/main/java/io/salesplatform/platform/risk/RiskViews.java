package io.salesplatform.platform.risk;

import io.salesplatform.platform.team.CompanyPeople;
import io.salesplatform.platform.team.PersonRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the risk register answers. */
public final class RiskViews {

  private RiskViews() {}

  /**
   * A risk.
   *
   * @param id its id
   * @param category contract, credit, market or internal
   * @param title its title
   * @param description what could happen
   * @param owner who is responsible
   * @param likelihood 1 to 5
   * @param impact 1 to 5
   * @param score likelihood times impact, 1 to 25
   * @param level low, medium, high or critical
   * @param mitigation what is done about it
   * @param reviewOn its next review
   * @param reviewOverdue whether that day has passed while it is not closed
   * @param status open, mitigating or closed
   * @param customerId the customer it concerns
   * @param contractId the contract it concerns
   * @param createdAt when it was registered
   * @param updatedAt when it last changed
   * @param version its version, also the ETag
   */
  public record RiskView(
      UUID id,
      String category,
      String title,
      String description,
      PersonRef owner,
      int likelihood,
      int impact,
      int score,
      String level,
      String mitigation,
      LocalDate reviewOn,
      boolean reviewOverdue,
      String status,
      UUID customerId,
      UUID contractId,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    static RiskView of(Risk risk, Map<String, PersonRef> people, LocalDate today) {
      Risk.Content c = risk.content();
      return new RiskView(
          risk.id(),
          c.category().id(),
          c.title(),
          c.description(),
          CompanyPeople.ref(people, c.ownerId()),
          c.likelihood(),
          c.impact(),
          risk.score(),
          risk.level(),
          c.mitigation(),
          c.reviewOn(),
          risk.reviewOverdue(today),
          c.status().id(),
          c.customerId(),
          c.contractId(),
          risk.createdAt(),
          risk.updatedAt(),
          risk.version());
    }
  }

  /**
   * How many risks lie in each cell of the likelihood by impact grid.
   *
   * @param cells every cell, likelihood 1 to 5 then impact 1 to 5, with its count
   * @param levels the count per level
   * @param total how many risks were counted
   */
  public record HeatMap(List<Cell> cells, Map<String, Long> levels, long total) {}

  /**
   * One cell of the heat map.
   *
   * @param likelihood 1 to 5
   * @param impact 1 to 5
   * @param score their product
   * @param level its level
   * @param count how many risks lie in it
   */
  public record Cell(int likelihood, int impact, int score, String level, long count) {}
}
