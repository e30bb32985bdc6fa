package io.salesplatform.platform.tenant;

import io.salesplatform.tenant.config.PasswordPolicy;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A password policy by {@link PasswordPolicy}'s rule, reported with the rest of a request's errors.
 */
@Constraint(validatedBy = ValidPasswordPolicy.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface ValidPasswordPolicy {

  String message() default "not a valid password policy";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule, and names the exact reason in the violation. */
  class Validator extends RuleValidator<ValidPasswordPolicy> {

    @Override
    protected Optional<String> problem(String value) {
      return PasswordPolicy.problem(value);
    }
  }
}
