/**
 * Idempotent creation: a creating request repeated with the same {@code Idempotency-Key} gets the
 * first answer again instead of creating twice.
 */
package io.salesplatform.platform.idempotency;
