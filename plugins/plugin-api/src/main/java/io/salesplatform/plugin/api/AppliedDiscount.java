package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step from a line's list price to its unit price, so that the requester and the approver see
 * where a price comes from. Steps apply one after the other, each to the price the previous one
 * left.
 *
 * @param kind what kind of step: {@link #VOLUME}, {@link #SEGMENT}, {@link #NEGOTIATED}, {@link
 *     #REQUESTED}, or a plugin's own kebab-case word
 * @param description the step in a sentence, such as {@code volume tier from 10 units}
 * @param percent how much the step took off the price it applied to; negative for a step that
 *     raised it, such as a negotiated price above the list price
 */
public record AppliedDiscount(String kind, String description, BigDecimal percent) {

  /** A discount for the quantity on the line. */
  public static final String VOLUME = "volume";

  /** A discount for the customer's segment. */
  public static final String SEGMENT = "segment";

  /** A price agreed with this customer, replacing the list price. */
  public static final String NEGOTIATED = "negotiated";

  /** The discount the requester asked for. */
  public static final String REQUESTED = "requested";

  public AppliedDiscount {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(percent, "percent");
  }
}
