package io.salesplatform.platform.tenant;

import io.salesplatform.tenant.config.TenantSlug;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/** A tenant slug by {@link TenantSlug}'s rule, reported with the rest of a request's errors. */
@Constraint(validatedBy = ValidSlug.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface ValidSlug {

  String message() default "not a valid slug";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule, and names the exact reason in the violation. */
  class Validator extends RuleValidator<ValidSlug> {

    @Override
    protected Optional<String> problem(String value) {
      return TenantSlug.problem(value);
    }
  }
}
