package io.dynamo.validation;

import java.util.Objects;

/**
 * One broken rule: where, which rule, and what the offending value is.
 *
 * <p>The value is described, never quoted when it could hold data: an item's values and attribute
 * values show their type and size ({@code S of 12 bytes}, {@code M of 3 attributes, 120 bytes},
 * {@code String of 5 characters}), the request's own strings (table names, expressions) are quoted
 * up to 64 characters. With {@link DynamoValidation.Builder#valuesInMessages(boolean)} (or {@code
 * -Dio.dynamo.valuesInMessages=true}) item values are quoted too.
 *
 * @param path the property path, with the model's member names: {@code TableName}, {@code
 *     TransactItems[3].Update.Key}, {@code RequestItems[users][0].PutRequest.Item}; an annotated
 *     item's properties under {@code Item}, such as {@code Item.address.zip}
 * @param rule what the rule says, such as {@code must be 3 to 255 characters long}
 * @param constraint the constraint's name, such as {@code Size}, {@code Pattern}, {@code NotNull},
 *     {@code ModelEnum}, {@code AttributeLimits} or {@code DynamoRules}
 * @param value a description of the offending value, such as {@code 'ab'} or {@code S of 3000
 *     bytes}
 */
public record Violation(String path, String rule, String constraint, String value) {
  /** Checks that everything is given. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(value, "value");
  }

  /** {@code path: rule (value)}. */
  @Override
  public String toString() {
    return path + ": " + rule + " (" + value + ")";
  }
}
