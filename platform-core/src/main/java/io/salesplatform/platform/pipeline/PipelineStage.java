package io.salesplatform.platform.pipeline;

import io.salesplatform.tenant.config.settings.StageDeadlines;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The six stages of the sales process (policy chapter 5), in order. */
public enum PipelineStage {
  CUSTOMER_DEVELOPMENT("customer-development"),
  NEEDS_ANALYSIS("needs-analysis"),
  PROPOSAL_AND_QUOTE("proposal-and-quote"),
  CONTRACT_SIGNING("contract-signing"),
  IMPLEMENTATION_AND_TRACKING("implementation-and-tracking"),
  AFTER_SALES("after-sales");

  private final String id;

  PipelineStage(String id) {
    this.id = id;
  }

  /** The stage's name on the wire and in the database. */
  public String id() {
    return id;
  }

  /** Days the tenant allows in this stage. */
  public int deadlineDays(StageDeadlines deadlines) {
    return switch (this) {
      case CUSTOMER_DEVELOPMENT -> deadlines.customerDevelopment();
      case NEEDS_ANALYSIS -> deadlines.needsAnalysis();
      case PROPOSAL_AND_QUOTE -> deadlines.proposalAndQuote();
      case CONTRACT_SIGNING -> deadlines.contractSigning();
      case IMPLEMENTATION_AND_TRACKING -> deadlines.implementationAndTracking();
      case AFTER_SALES -> deadlines.afterSales();
    };
  }

  public static Optional<PipelineStage> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(PipelineStage::id).toList();
  }
}
