/**
 * Pricing extensions that misbehave on purpose, one way each: they throw, hang, answer null or
 * nonsense, or report an outside service down. Only the deployed tests install them.
 */
package io.salesplatform.plugins.misbehaving;
