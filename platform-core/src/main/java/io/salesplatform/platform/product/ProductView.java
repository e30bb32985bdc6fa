package io.salesplatform.platform.product;

import io.salesplatform.platform.api.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A product of the catalogue.
 *
 * @param id its id
 * @param sku its stock-keeping unit
 * @param name its name
 * @param listPrice its list price
 * @param unitCost its unit cost, when known
 * @param active whether it is offered
 * @param createdAt when it was added
 * @param updatedAt when it last changed
 * @param version its version, also the ETag
 */
public record ProductView(
    UUID id,
    String sku,
    String name,
    Money listPrice,
    Money unitCost,
    boolean active,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static ProductView of(Product product) {
    ProductTerms terms = product.terms();
    return new ProductView(
        product.id(),
        product.sku(),
        terms.name(),
        terms.listPrice(),
        terms.unitCost(),
        terms.active(),
        product.createdAt(),
        product.updatedAt(),
        product.version());
  }
}
