package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.constraint.ModelConstraints;
import io.dynamo.validation.internal.Factories;
import io.dynamo.validation.internal.ModelMapping;
import io.dynamo.validation.internal.Rule;
import org.junit.jupiter.api.Test;

/**
 * The constraints come from the model's tables, all of its operations, and only the rules DynamoDB
 * documents beyond the model are written by hand; the counts are those of the README.
 */
class ConstraintCountsTest {
  @Test
  void everyOperationsRequestIsMappedFromTheModel() {
    ModelMapping.Stats s = Factories.stats();
    System.out.println(DynamoValidation.constraintCounts());
    assertEquals(ModelConstraints.operations().size(), s.operations());
    assertEquals(58, s.operations());
    assertEquals(0, s.skippedPatterns(), "every pattern of the model is a Java pattern");
    assertTrue(s.shapes() > 58 && s.members() > 300 && s.constraints() > s.members(), s::toString);
    assertEquals(Rule.values().length, s.handWritten());
  }
}
