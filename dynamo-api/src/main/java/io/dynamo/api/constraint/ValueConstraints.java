package io.dynamo.api.constraint;

import java.util.List;
import java.util.Objects;

/**
 * What DynamoDB's model allows for one value: a member's, a list's element, or a map's key or
 * value. Values of one model shape share one instance.
 *
 * <p>The model's {@code min} and {@code max} bound a length or a value depending on the kind: the
 * length of a string or blob, the size of a list, map or item, the value of a number. This is the
 * model's data as it is: where the client checks a shape with rules of its own ({@code TableName},
 * {@code TableArn}, {@code IndexName}, {@code BackupName} and {@code ResourceArnString}, whose
 * messages say the rule in words, and which accept a table's ARN where the model's {@code TableArn}
 * does), this still reports the model's bounds and pattern.
 *
 * @param shape the model's shape name, such as {@code TableName}
 * @param kind what the value is on the Java side
 * @param javaType the Java type of the value: {@code String}, {@code Integer}, {@code Long}, {@code
 *     Double}, {@code Boolean}, {@code Instant}, {@code Bytes}, {@code List}, {@code Map}, {@code
 *     AttributeValue}, {@code Item}, {@code Key}, or the generated enum or structure
 * @param min the model's {@code min} (a length, size or value, see above), or {@code null}
 * @param max the model's {@code max} (a length, size or value, see above), or {@code null}
 * @param pattern the model's {@code pattern}, a regular expression the whole string must match, or
 *     {@code null}
 * @param enumValues the values the model lists for an enum, in its order; empty for others
 * @param element a list's element or a map's or item's value, or {@code null} for other kinds
 * @param key a map's or item's key (always a string), or {@code null} for other kinds
 */
public record ValueConstraints(
    String shape,
    ValueKind kind,
    Class<?> javaType,
    Long min,
    Long max,
    String pattern,
    List<String> enumValues,
    ValueConstraints element,
    ValueConstraints key) {

  /** Checks that the shape, kind and type are given, and copies the enum values. */
  public ValueConstraints {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(javaType, "javaType");
    enumValues = List.copyOf(enumValues);
  }
}
