package io.salesplatform.platform.tenant;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * A validator for a text rule that can say what is wrong: the rule's own reason becomes the
 * violation's message, reported with the rest of a request's errors.
 */
abstract class RuleValidator<A extends Annotation> implements ConstraintValidator<A, String> {

  /** What is wrong with {@code value}, or empty when it keeps the rule. */
  protected abstract Optional<String> problem(String value);

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return problem(value)
        .map(
            problem -> {
              context.disableDefaultConstraintViolation();
              context
                  .buildConstraintViolationWithTemplate(
                      problem.replace("{", "\\{").replace("$", "\\$"))
                  .addConstraintViolation();
              return false;
            })
        .orElse(true);
  }
}
