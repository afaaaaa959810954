package io.dynamo.validation.internal;

import io.dynamo.api.model.DynamoEnum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Checks {@link ModelEnum}: a value made with {@code of("...")} that the model does not list. */
public final class ModelEnumValidator implements ConstraintValidator<ModelEnum, DynamoEnum> {
  private Set<String> allowed = Set.of();

  /** Made by {@link RuleValidators}. */
  public ModelEnumValidator() {}

  @Override
  public void initialize(ModelEnum annotation) {
    allowed = Set.of(annotation.values());
  }

  @Override
  public boolean isValid(DynamoEnum value, ConstraintValidatorContext context) {
    return value == null || allowed.contains(value.value());
  }
}
