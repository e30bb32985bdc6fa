package io.salesplatform.platform.security;

/** A bearer token the platform does not accept; the message says why, for the 401 answer. */
public class InvalidTokenException extends Exception {

  public InvalidTokenException(String reason) {
    super(reason, null, false, false);
  }
}
