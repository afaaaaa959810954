package io.dynamo.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules DynamoDB applies to a request or one of its parts beyond its model (see {@link Rule}),
 * put on the request and structure types by {@link ModelMapping}.
 */
@Constraint(validatedBy = DynamoRulesValidator.class)
@Target({TYPE})
@Retention(RUNTIME)
public @interface DynamoRules {
  /** The message (each violation has its own). */
  String message() default "breaks DynamoDB's rules";

  /** The groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
