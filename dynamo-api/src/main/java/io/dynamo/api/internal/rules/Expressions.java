package io.dynamo.api.internal.rules;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.build.Require;
import io.dynamo.codec.AttributeValue;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the expression parts of a request the way DynamoDB does before it runs anything: aliases
 * are {@code #} and placeholders {@code :} followed by letters, digits or {@code _}; every alias
 * and placeholder an expression uses is declared; every one declared is used by an expression
 * (DynamoDB rejects unused ones).
 */
public final class Expressions {
  private static final Pattern NAME = Pattern.compile("#[A-Za-z0-9_]+");
  private static final Pattern VALUE = Pattern.compile(":[A-Za-z0-9_]+");
  private static final Pattern REF = Pattern.compile("[#:][A-Za-z0-9_]+");

  private Expressions() {}

  /**
   * Checks names and values against the request's expressions.
   *
   * @param fieldsAndExpressions pairs of a member name ({@code ConditionExpression}) and its text,
   *     null when not given
   */
  public static void check(
      Map<String, String> names,
      Map<String, AttributeValue> values,
      String... fieldsAndExpressions) {
    for (Map.Entry<String, String> e : names.entrySet()) {
      String alias = e.getKey();
      if (!NAME.matcher(alias).matches()) {
        throw new InvalidRequestException(
            "ExpressionAttributeNames",
            Require.quote(alias)
                + " is not an alias; aliases are '#' and letters, digits or '_', such as #name"
                + " (values go in ExpressionAttributeValues)");
      }
      if (e.getValue().isEmpty()) {
        throw new InvalidRequestException(
            "ExpressionAttributeNames",
            alias + " stands for an empty attribute name; attribute names must not be empty");
      }
    }
    for (String placeholder : values.keySet()) {
      if (!VALUE.matcher(placeholder).matches()) {
        throw new InvalidRequestException(
            "ExpressionAttributeValues",
            Require.quote(placeholder)
                + " is not a placeholder; placeholders are ':' and letters, digits or '_'");
      }
    }
    for (int i = 0; i + 1 < fieldsAndExpressions.length; i += 2) {
      declared(names, values, fieldsAndExpressions[i], fieldsAndExpressions[i + 1]);
    }
    names.keySet().forEach(a -> used("ExpressionAttributeNames", a, fieldsAndExpressions));
    values.keySet().forEach(v -> used("ExpressionAttributeValues", v, fieldsAndExpressions));
  }

  private static void declared(
      Map<String, String> names, Map<String, AttributeValue> values, String field, String text) {
    if (text == null) {
      return;
    }
    Matcher m = REF.matcher(text);
    while (m.find()) {
      String ref = m.group();
      boolean name = ref.charAt(0) == '#';
      if (name ? !names.containsKey(ref) : !values.containsKey(ref)) {
        throw new InvalidRequestException(
            field,
            Require.quote(text)
                + " uses "
                + ref
                + ", which is not declared; add it to "
                + (name ? "names(...)" : "values(...)"));
      }
    }
  }

  private static void used(String field, String token, String... fieldsAndExpressions) {
    boolean any = false;
    for (int i = 1; i < fieldsAndExpressions.length; i += 2) {
      String text = fieldsAndExpressions[i];
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
