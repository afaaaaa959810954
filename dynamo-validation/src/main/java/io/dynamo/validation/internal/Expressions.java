package io.dynamo.validation.internal;

import io.dynamo.codec.AttributeValue;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DynamoDB's rules for a request's expressions: every {@code #name} and {@code :value} an
 * expression uses is declared, every one declared is used, and each has the right form.
 */
final class Expressions {
  private static final Pattern NAME = Pattern.compile("#[A-Za-z0-9_]+");
  private static final Pattern VALUE = Pattern.compile(":[A-Za-z0-9_]+");
  private static final Pattern REF = Pattern.compile("[#:][A-Za-z0-9_]+");

  private Expressions() {}

  /**
   * Checks names and values against the expressions.
   *
   * @param fieldsAndExpressions pairs of a member name ({@code ConditionExpression}) and its text,
   *     null when not given
   */
  static void check(
      Report report,
      Map<String, String> names,
      Map<String, AttributeValue> values,
      String... fieldsAndExpressions) {
    for (int i = 0; i + 1 < fieldsAndExpressions.length; i += 2) {
      String field = fieldsAndExpressions[i];
      String text = fieldsAndExpressions[i + 1];
      if (text == null) {
        continue;
      }
      Matcher m = REF.matcher(text);
      while (m.find()) {
        String ref = m.group();
        boolean name = ref.charAt(0) == '#';
        if (name ? !names.containsKey(ref) : !values.containsKey(ref)) {
          report.add(
              field,
              name ? Rule.NAME_DECLARED : Rule.VALUE_DECLARED,
              "uses "
                  + ref
                  + ", which is not declared in "
                  + (name ? "ExpressionAttributeNames" : "ExpressionAttributeValues"),
              Describe.quote(text));
        }
      }
    }
    for (Map.Entry<String, String> e : names.entrySet()) {
      String alias = e.getKey();
      String at = "ExpressionAttributeNames[" + alias + "]";
      if (!NAME.matcher(alias).matches()) {
        report.add(
            at,
            Rule.TOKEN_SYNTAX,
            "is not an alias: aliases are '#' then letters, digits or '_'",
            Describe.quote(alias));
      } else if (!used(alias, fieldsAndExpressions)) {
        report.add(at, Rule.NAME_USED, unused(fieldsAndExpressions), Describe.quote(alias));
      }
    }
    for (String placeholder : values.keySet()) {
      String at = "ExpressionAttributeValues[" + placeholder + "]";
      if (!VALUE.matcher(placeholder).matches()) {
        report.add(
            at,
            Rule.TOKEN_SYNTAX,
            "is not a placeholder: placeholders are ':' then letters, digits or '_'",
            Describe.quote(placeholder));
      } else if (!used(placeholder, fieldsAndExpressions)) {
        report.add(at, Rule.VALUE_USED, unused(fieldsAndExpressions), Describe.quote(placeholder));
      }
    }
  }

  private static String unused(String... fieldsAndExpressions) {
    for (int i = 1; i < fieldsAndExpressions.length; i += 2) {
      if (fieldsAndExpressions[i] != null) {
        return "is not used in any expression of the request; DynamoDB rejects unused ones";
      }
    }
    return "is declared but the request has no expression to use it in";
  }

  private static boolean used(String token, String... fieldsAndExpressions) {
    for (int i = 1; i < fieldsAndExpressions.length; i += 2) {
      String text = fieldsAndExpressions[i];
      if (text != null && uses(text, token)) {
        return true;
      }
    }
    return false;
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
