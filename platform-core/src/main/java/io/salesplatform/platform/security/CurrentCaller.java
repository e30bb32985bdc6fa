package io.salesplatform.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The caller of the current request, as the authentication filter verified it. */
@RequestScoped
public class CurrentCaller {

  private Caller caller;

  void authenticated(Caller verified) {
    this.caller = verified;
  }

  public Optional<Caller> get() {
    return Optional.ofNullable(caller);
  }

  /** The caller; only endpoints that require a token call this. */
  public Caller require() {
    if (caller == null) {
      throw new IllegalStateException("no authenticated caller on this request");
    }
    return caller;
  }
}
