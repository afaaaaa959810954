package io.dynamo.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;

/**
 * Makes this module's constraint validators with {@code new} (no reflection); Bean Validation's own
 * are made by its default factory. One for the model's validator factory: the {@link Settings} of
 * each {@code DynamoValidation} reach the validators as the constraint validator payload of its
 * {@code Validator}, so that validators are made once, whatever the number of validations.
 */
public final class RuleValidators implements ConstraintValidatorFactory {
  private final ConstraintValidatorFactory fallback;

  /** A factory for this module's validators, others made by {@code fallback}. */
  public RuleValidators(ConstraintValidatorFactory fallback) {
    this.fallback = fallback;
  }

  @Override
  public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
    if (key == DynamoRulesValidator.class) {
      return key.cast(new DynamoRulesValidator());
    }
    if (key == AttributeLimitsValidator.class) {
      return key.cast(new AttributeLimitsValidator());
    }
    if (key == ModelEnumValidator.class) {
      return key.cast(new ModelEnumValidator());
    }
    return fallback.getInstance(key);
  }

  @Override
  public void releaseInstance(ConstraintValidator<?, ?> instance) {
    if (!(instance instanceof DynamoRulesValidator
        || instance instanceof AttributeLimitsValidator
        || instance instanceof ModelEnumValidator)) {
      fallback.releaseInstance(instance);
    }
  }
}
