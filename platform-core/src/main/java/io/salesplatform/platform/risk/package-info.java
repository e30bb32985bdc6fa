/**
 * The risk register (policy 7): contract, credit, market and internal risks with an owner,
 * likelihood and impact, mitigation and a review date; overdue reviews and a heat map.
 */
package io.salesplatform.platform.risk;
