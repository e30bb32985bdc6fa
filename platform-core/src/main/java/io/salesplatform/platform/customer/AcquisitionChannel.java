package io.salesplatform.platform.customer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a customer was found (policy 5.1): market research, trade shows, the web and others. */
public enum AcquisitionChannel {
  MARKET_RESEARCH("market-research"),
  TRADE_SHOW("trade-show"),
  WEB("web"),
  REFERRAL("referral"),
  OTHER("other");

  private final String id;

  AcquisitionChannel(String id) {
    this.id = id;
  }

  /** The channel's name on the wire, in files and in the database. */
  public String id() {
    return id;
  }

  public static Optional<AcquisitionChannel> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(AcquisitionChannel::id).toList();
  }
}
