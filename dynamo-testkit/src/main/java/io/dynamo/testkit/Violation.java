package io.dynamo.testkit;

import java.util.Objects;

/**
 * One way a JSON document breaks an API model, found by {@link ModelChecker}.
 *
 * <p>{@link #toString()} reads like {@code Item.orders.L[3].M.price: AttributeValue must have
 * exactly one member set, found none (rule: union)}.
 *
 * @param path where: member names joined with {@code .}, list indexes in brackets, map keys as
 *     members ({@code ["a.b"]} when a key holds {@code .}, brackets or quotes, or is empty); the
 *     empty string is the document itself
 * @param rule which rule was broken
 * @param message what is wrong, for people
 */
public record Violation(String path, Rule rule, String message) {

  /** The kinds of rule a document can break. */
  public enum Rule {
    /** The text is not one well-formed JSON value (or repeats a member name). */
    JSON("json"),
    /** A required member is missing or null. */
    REQUIRED("required"),
    /** A member the shape does not have. */
    UNKNOWN_MEMBER("unknown-member"),
    /** The JSON type does not fit the shape type (or a blob is not base64). */
    TYPE("type"),
    /** A string that is not one of the enum values. */
    ENUM("enum"),
    /** A string, blob, list or map shorter or longer than allowed. */
    LENGTH("length"),
    /** A number below the minimum or above the maximum, or outside its integer type. */
    RANGE("range"),
    /** A string that does not match the shape's pattern. */
    PATTERN("pattern"),
    /** A union (such as AttributeValue) with other than exactly one member set. */
    UNION("union");

    private final String id;

    Rule(String id) {
      this.id = id;
    }

    /** A short lower-case name, as printed by {@link Violation#toString()}. */
    public String id() {
      return id;
    }
  }

  /** Checks that no component is null. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(document)" : path) + ": " + message + " (rule: " + rule.id + ")";
  }
}
