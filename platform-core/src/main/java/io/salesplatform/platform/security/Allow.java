package io.salesplatform.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint: roles in the request's tenant under {@code /api/t/{tenant}},
 * platform roles elsewhere. The platform's own annotation rather than {@code @RolesAllowed}, which
 * the application server would enforce with its own login before the platform sees the token.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allow {
  String[] value();
}
