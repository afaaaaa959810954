package io.dynamo.codec.internal;

/**
 * How error messages show a user's value. Item values stay out of messages (messages end up in
 * logs): a value is described by its kind and length, such as {@code a number of 41 characters}.
 * With the system property {@code io.dynamo.valuesInMessages=true}, for debugging, messages quote
 * values instead (at most 60 characters of each).
 */
public final class Shown {
  private static final boolean VALUES = Boolean.getBoolean("io.dynamo.valuesInMessages");

  private Shown() {}

  /** Whether messages quote values ({@code io.dynamo.valuesInMessages=true}). */
  public static boolean quotesValues() {
    return VALUES;
  }

  /** {@code kind} described, or quoted with the system property: "a string of 5 characters". */
  public static String value(String kind, Object value) {
    if (value == null) {
      return "a null " + kind;
    }
    String text = value.toString();
    if (VALUES) {
      return kind + " '" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
    }
    return (startsWithVowel(kind) ? "an " : "a ")
        + kind
        + " of "
        + text.length()
        + (text.length() == 1 ? " character" : " characters");
  }

  private static boolean startsWithVowel(String s) {
    return !s.isEmpty() && "aeiouAEIOU".indexOf(s.charAt(0)) >= 0;
  }
}
