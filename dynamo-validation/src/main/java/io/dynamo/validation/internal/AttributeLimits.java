package io.dynamo.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * DynamoDB's limits on an item, key or attribute value beyond its model: 400 KB per item, 32 levels
 * of nesting, attribute names of 1 to 65535 bytes, key attributes of type S, N or B that are not
 * empty and at most 2048 bytes.
 */
@Constraint(validatedBy = AttributeLimitsValidator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface AttributeLimits {
  /** The message (each violation has its own). */
  String message() default "breaks DynamoDB's limits";

  /** The groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
