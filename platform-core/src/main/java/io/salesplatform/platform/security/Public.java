package io.salesplatform.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that answers without a token. Every other endpoint requires one, and says who
 * may call it with {@link Allow} or, for any signed-in caller, {@link SignedIn}; an endpoint that
 * says nothing is refused to all.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {}
