/**
 * The extension points a tenant's plugins implement: {@link
 * io.salesplatform.plugin.api.PricingStrategy}, {@link
 * io.salesplatform.plugin.api.CreditCheckProvider} and {@link
 * io.salesplatform.plugin.api.SurveyMechanism}.
 *
 * <p>Every call has one shape, {@code Result method(Request, PluginContext)}: requests and results
 * are immutable records documented field by field, with {@link
 * io.salesplatform.plugin.api.Nullable} on every field that may be absent; money is {@link
 * io.salesplatform.plugin.api.Money}, exact and in one currency. The context is all a plugin gets
 * from the platform. Nothing here exposes persistence, dependency injection or web types, so a
 * plugin compiles against this module and pf4j alone.
 *
 * <p>A request record checks itself when the platform builds it and reports a bad field with {@link
 * io.salesplatform.plugin.api.InvalidRequestException}; a plugin reports the failures it means with
 * a {@link io.salesplatform.plugin.api.PluginException}. A result record that a plugin builds wrong
 * fails with an ordinary exception, which the platform treats as a defect of the plugin.
 *
 * <p>Each extension has a {@link io.salesplatform.plugin.api.PluginExtension#name() name}, so that
 * one plugin can offer several. The API is versioned semantically ({@link
 * io.salesplatform.plugin.api.PluginApi#VERSION}); a plugin names the versions it works with in its
 * manifest.
 */
package io.salesplatform.plugin.api;
