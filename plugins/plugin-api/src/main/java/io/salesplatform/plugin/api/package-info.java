/**
 * The extension points a tenant's plugins implement: {@link
 * io.salesplatform.plugin.api.PricingStrategy}, {@link
 * io.salesplatform.plugin.api.CreditCheckProvider} and {@link
 * io.salesplatform.plugin.api.SurveyMechanism}.
 *
 * <p>Every call has one shape, {@code Result method(Request, PluginContext)}: requests and results
 * are immutable records, and the context is all a plugin gets from the platform. Nothing here
 * exposes persistence, dependency injection or web types, so a plugin compiles against this module
 * and pf4j alone.
 */
package io.salesplatform.plugin.api;
