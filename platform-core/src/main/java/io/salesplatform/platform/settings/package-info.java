/**
 * A tenant's policy settings (appraisal weights, stage deadlines, visit intervals, quote and
 * complaint rules, reward bands, plugins...), kept as a chain of revisions: every change names the
 * revision it was based on, its author and its reason, and records what it changed. Computations
 * record the revision they used. The model and its rules live in {@code tenant-config}.
 */
package io.salesplatform.platform.settings;
