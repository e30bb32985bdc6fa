/**
 * The company's product catalogue: what it sells, at which list price and unit cost; quotes will
 * price these under the company's pricing policy (4.4).
 */
package io.salesplatform.platform.product;
