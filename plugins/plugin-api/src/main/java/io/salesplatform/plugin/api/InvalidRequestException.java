package io.salesplatform.plugin.api;

/**
 * The request cannot be served as asked, such as a price in another currency than the quote's or a
 * rating outside its scale. The platform answers the person who asked with a bad-request problem
 * that names {@link #field()}.
 */
public class InvalidRequestException extends PluginException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field where in the request, as a path of record components such as {@code
   *     lines[2].listPrice}; {@code null} for the request as a whole
   * @param message what is wrong, in a sentence for the person who asked
   */
  public InvalidRequestException(String field, String message) {
    super(message, null);
    this.field = field;
  }

  /** Where in the request, such as {@code lines[2].listPrice}, or {@code null}. */
  @Nullable
  public String field() {
    return field;
  }

  /**
   * The same problem seen from an enclosing request: {@code quantity} inside the third line becomes
   * {@code lines[2].quantity}.
   */
  public InvalidRequestException within(String prefix) {
    return new InvalidRequestException(field == null ? prefix : prefix + "." + field, getMessage());
  }
}
