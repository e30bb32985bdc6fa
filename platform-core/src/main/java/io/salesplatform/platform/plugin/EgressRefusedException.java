package io.salesplatform.platform.plugin;

import java.io.IOException;

/**
 * A plugin's outbound request the operator's egress limits refused: what the plugin's HTTP client
 * throws (or fails its future with), an {@link IOException} like any other failed exchange.
 */
public final class EgressRefusedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final boolean retryLater;

  EgressRefusedException(String message, boolean retryLater) {
    super(message);
    this.retryLater = retryLater;
  }

  /** Whether the refusal passes (a rate limit), rather than holding for every request alike. */
  public boolean retryLater() {
    return retryLater;
  }
}
