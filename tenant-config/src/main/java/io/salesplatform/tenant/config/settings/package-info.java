/**
 * The settings that make the sales policy a tenant's own: appraisal weights and scoring, stage
 * deadlines, follow-up visits, quote rules, complaint deadlines, goal realism, reward bands, the
 * plugin chosen for each extension point, locale, currency and time zone.
 *
 * <p>{@link io.salesplatform.tenant.config.settings.TenantSettings} is the typed model; every
 * record in it refuses to be built in breach of the policy's rules and names every breach at once.
 * The same settings travel as a JSON-like tree ({@link
 * io.salesplatform.tenant.config.settings.SettingsTree}) through the API, the revision history and
 * declarative files; {@link io.salesplatform.tenant.config.settings.SettingsReader} turns a tree
 * back into the model, and {@link io.salesplatform.tenant.config.settings.SettingsDiff} says what
 * changed between two revisions.
 */
package io.salesplatform.tenant.config.settings;
