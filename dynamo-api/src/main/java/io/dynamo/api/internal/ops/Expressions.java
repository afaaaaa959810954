package io.dynamo.api.internal.ops;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.codec.AttributeValue;
import java.util.Map;

/**
 * Checks the expression parts of a request the way DynamoDB does before it runs anything: aliases
 * start with {@code #}, placeholders with {@code :}, expressions are not empty, and every alias and
 * placeholder given is used by one of the request's expressions (DynamoDB rejects unused ones).
 */
public final class Expressions {
  private Expressions() {}

  /**
   * Checks and copies names and values against the request's expressions (nulls are absent).
   *
   * @param expressions the request's expression texts, null for those not given
   */
  public static void check(
      Map<String, String> names, Map<String, AttributeValue> values, String... expressions) {
    for (Map.Entry<String, String> e : names.entrySet()) {
      String alias = e.getKey();
      if (alias.length() < 2 || alias.charAt(0) != '#') {
        throw new InvalidRequestException(
            "ExpressionAttributeNames",
            Require.quote(alias)
                + " is not an alias; aliases start with '#', such as #name (values go in"
                + " ExpressionAttributeValues)");
      }
      if (e.getValue().isEmpty()) {
        throw new InvalidRequestException(
            "ExpressionAttributeNames",
            alias + " stands for an empty attribute name; attribute names must not be empty");
      }
      requireUsed("ExpressionAttributeNames", alias, expressions);
    }
    for (String placeholder : values.keySet()) {
      if (placeholder.length() < 2 || placeholder.charAt(0) != ':') {
        throw new InvalidRequestException(
            "ExpressionAttributeValues",
            Require.quote(placeholder) + " is not a placeholder; placeholders start with ':'");
      }
      requireUsed("ExpressionAttributeValues", placeholder, expressions);
    }
  }

  private static void requireUsed(String field, String token, String... expressions) {
    boolean any = false;
    for (String text : expressions) {
      if (text != null) {
        any = true;
        if (uses(text, token)) {
          return;
        }
      }
    }
    throw new InvalidRequestException(
        field,
        any
            ? token + " is not used in any expression of the request; DynamoDB rejects unused ones"
            : token + " is given but the request has no expression to use it in");
  }

  /** Whether {@code text} has {@code token} not followed by another name character. */
  static boolean uses(String text, String token) {
    int from = 0;
    while (true) {
      int at = text.indexOf(token, from);
      if (at < 0) {
        return false;
      }
      int end = at + token.length();
      if (end == text.length() || !isNameChar(text.charAt(end))) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
