package io.dynamo.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;

/**
 * Makes this module's constraint validators with {@code new}, given the settings of their {@code
 * DynamoValidation} (no reflection); Bean Validation's own are made by its default factory.
 */
public final class RuleValidators implements ConstraintValidatorFactory {
  private final ConstraintValidatorFactory fallback;
  private final Settings settings;

  /** A factory for the validators of {@code settings}, others made by {@code fallback}. */
  public RuleValidators(ConstraintValidatorFactory fallback, Settings settings) {
    this.fallback = fallback;
    this.settings = settings;
  }

  @Override
  public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
    if (key == DynamoRulesValidator.class) {
      return key.cast(new DynamoRulesValidator(settings));
    }
    if (key == AttributeLimitsValidator.class) {
      return key.cast(new AttributeLimitsValidator(settings));
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
