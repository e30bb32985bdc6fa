package io.salesplatform.platform.product;

import io.salesplatform.platform.api.Money;

/**
 * What a product is sold as.
 *
 * @param name its name
 * @param listPrice its list price, before any discount the pricing policy gives
 * @param unitCost what one unit costs the company, in the list price's currency, or {@code null}
 * @param active whether it is offered
 */
public record ProductTerms(String name, Money listPrice, Money unitCost, boolean active) {}
