package io.salesplatform.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a tenant endpoint needs ({@link io.salesplatform.tenant.config.Permission} id,
 * such as {@code settings.write}). The caller's roles in the request's tenant must grant it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {
  String value();
}
