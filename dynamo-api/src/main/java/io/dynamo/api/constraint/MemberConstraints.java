package io.dynamo.api.constraint;

import java.util.List;
import java.util.Objects;

/**
 * One member of a structure, request or response as DynamoDB's model constrains it.
 *
 * <p>A member that is not given is {@code null}, except lists and maps, which are never null and
 * empty when not given; a required member is missing when it is either.
 *
 * @param name the model's member name, which is its name on the wire, such as {@code TableName}
 * @param javaName the Java name of the record component and accessor, such as {@code tableName}
 * @param required whether the model requires the member
 * @param value what the model allows for its value
 */
public record MemberConstraints(
    String name, String javaName, boolean required, ValueConstraints value) {

  /** Checks that everything is given. */
  public MemberConstraints {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(value, "value");
  }

  /** The kind of the value: {@code value().kind()}. */
  public ValueKind kind() {
    return value.kind();
  }

  /** The model's {@code min} of the value (a length, size or value), or {@code null}. */
  public Long min() {
    return value.min();
  }

  /** The model's {@code max} of the value (a length, size or value), or {@code null}. */
  public Long max() {
    return value.max();
  }

  /** The model's pattern of the value, or {@code null}. */
  public String pattern() {
    return value.pattern();
  }

  /** The values the model allows for an enum member; empty for others. */
  public List<String> enumValues() {
    return value.enumValues();
  }
}
