package io.salesplatform.platform.risk;

/** A risk as a client sends it. */
public class RiskRequest {
  /** contract, credit, market or internal; required. */
  public String category;

  /** A short title, 1 to 200 characters; required. */
  public String title;

  /** What could happen and why, up to 10,000 characters. */
  public String description;

  /** The user id of the person responsible for it; the caller when absent. */
  public String ownerId;

  /** How likely it is, 1 (rare) to 5 (almost certain); required. */
  public Integer likelihood;

  /** How grave it would be, 1 (minor) to 5 (severe); required. */
  public Integer impact;

  /** What is done to lower it, up to 10,000 characters. */
  public String mitigation;

  /** The day it is to be reviewed next, such as 2026-06-30; required unless closed. */
  public String reviewOn;

  /** open (when absent), mitigating or closed. */
  public String status;

  /** The id of a customer of the company it concerns; optional. */
  public String customerId;

  /** The id of a contract it concerns; optional. */
  public String contractId;

  /** The version a change is based on (or If-Match); not used on creation. */
  public Long version;
}
