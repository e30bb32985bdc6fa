package io.salesplatform.plugin.api;

import java.util.Objects;

/**
 * Why a priced quote needs a manager's approval before it is sent (policy rule 4.4).
 *
 * @param code what rule the quote breaks: {@link #DISCOUNT_ABOVE_ROLE_CAP}, {@link
 *     #MARGIN_BELOW_FLOOR}, or a plugin's own kebab-case code
 * @param line the line it is about, counted from 1; {@code null} for the quote as a whole
 * @param message the reason in a sentence for the approver, with the figures
 */
public record ApprovalReason(String code, @Nullable Integer line, String message) {

  /** A requested discount beyond what the requester's roles may grant. */
  public static final String DISCOUNT_ABOVE_ROLE_CAP = "discount-above-role-cap";

  /** A unit price that keeps less margin over cost than the tenant's floor. */
  public static final String MARGIN_BELOW_FLOOR = "margin-below-floor";

  public ApprovalReason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line != null && line < 1) {
      throw new IllegalArgumentException("lines are counted from 1, not " + line);
    }
  }
}
