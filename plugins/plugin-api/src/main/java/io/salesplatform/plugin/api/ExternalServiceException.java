package io.salesplatform.plugin.api;

/**
 * An outside service the plugin depends on, such as a credit bureau, did not give a usable answer.
 * Nothing was decided; the platform reports the service as unavailable and the request may be
 * repeated later.
 */
public class ExternalServiceException extends PluginException {

  private static final long serialVersionUID = 1L;

  /** How the service failed. */
  public enum Failure {
    /** No answer within the configured time. */
    TIMEOUT,
    /** Not reachable, or answered that it cannot serve now (HTTP 5xx, 429). */
    UNAVAILABLE,
    /** Refused the request itself (HTTP 4xx): usually a wrong key or endpoint in the settings. */
    REFUSED,
    /** Answered, but not in the form the configuration says it answers in. */
    MALFORMED_RESPONSE
  }

  private final String service;
  private final Failure failure;

  /**
   * @param service the service as the tenant knows it, such as its host name
   * @param failure how it failed
   * @param message what happened, in a sentence
   * @param cause the underlying error, or {@code null}
   */
  public ExternalServiceException(
      String service, Failure failure, String message, Throwable cause) {
    super(message, cause);
    this.service = service;
    this.failure = failure;
  }

  public String service() {
    return service;
  }

  public Failure failure() {
    return failure;
  }
}
