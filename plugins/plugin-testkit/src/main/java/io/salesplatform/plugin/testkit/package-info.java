/**
 * Conformance tests for plugins of the sales platform. A plugin's own tests extend {@link
 * io.salesplatform.plugin.testkit.PricingStrategyConformance}, {@link
 * io.salesplatform.plugin.testkit.CreditCheckProviderConformance} or {@link
 * io.salesplatform.plugin.testkit.SurveyMechanismConformance} for each extension, giving sample
 * scenarios, and {@link io.salesplatform.plugin.testkit.PluginJarConformance} once for the built
 * jar. What passes here is what the platform accepts.
 */
package io.salesplatform.plugin.testkit;
