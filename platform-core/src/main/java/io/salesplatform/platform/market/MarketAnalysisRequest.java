package io.salesplatform.platform.market;

import java.util.List;

/** A market analysis as a client sends it. */
public class MarketAnalysisRequest {
  /** The first day of the period analysed, such as 2026-01-01; required. */
  public String periodFrom;

  /** The last day of the period analysed, not before periodFrom nor after today; required. */
  public String periodTo;

  /** What the analysis found in short, 1 to 10,000 characters; required. */
  public String summary;

  /** The findings, each 1 to 2,000 characters, at most 100; none when absent. */
  public List<String> findings;

  /** The changes of sales strategy that followed, at most 50; none when absent. */
  public List<StrategyChangeRequest> strategyChanges;

  /** The version a change is based on (or If-Match); not used on creation. */
  public Long version;

  /** One change of sales strategy. */
  public static class StrategyChangeRequest {
    /** What was decided, 1 to 2,000 characters; required. */
    public String decision;

    /** The day it was decided, such as 2026-04-03; required. */
    public String decidedOn;
  }
}
