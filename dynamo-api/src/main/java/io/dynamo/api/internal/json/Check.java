package io.dynamo.api.internal.json;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.internal.json.Json;
import java.util.regex.Pattern;

/**
 * The model's cheap checks, run by the generated writers while a request is written (so before
 * anything is sent). Messages name the member, the value's problem and the rule; a value itself is
 * shown only when values in messages are switched on.
 */
public final class Check {
  private Check() {}

  /** A required member that is missing. */
  public static InvalidRequestException missing(String member) {
    return new InvalidRequestException(member, "is required but missing");
  }

  /** {@code e}, found inside {@code member}, as an error of {@code member.e's field}. */
  public static InvalidRequestException inside(String member, InvalidRequestException e) {
    return e.inside(member);
  }

  /**
   * An attribute value of {@code member} that cannot be written, named by the attribute member it
   * is in: {@code RequestItems.users[1].PutRequest.Item}, with the path inside it in the problem.
   */
  public static InvalidRequestException inside(String member, CodecException e) {
    String top = topMember(e.path());
    return new InvalidRequestException(
        top.isEmpty() ? member : member + "." + top, e.getMessage(), e);
  }

  /** The first name of a document path: {@code Item} of {@code Item.deep[0]}. */
  static String topMember(String path) {
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        return path.substring(0, i);
      }
    }
    return path;
  }

  /** A string of {@code min} to {@code max} characters. */
  public static void length(String member, String value, int min, int max) {
    int n = value.length();
    if (n < min || n > max) {
      throw new InvalidRequestException(
          member,
          shown(value)
              + " has "
              + n
              + " characters; it takes "
              + (max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max));
    }
  }

  /** A list or map of {@code min} to {@code max} entries. */
  public static void size(String member, int size, int min, int max) {
    if (size < min || size > max) {
      throw new InvalidRequestException(
          member,
          "has "
              + size
              + " entries; it takes "
              + (max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max));
    }
  }

  /** A whole number from {@code min} to {@code max}. */
  public static void range(String member, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidRequestException(
          member, value + " is out of range; it takes " + bounds(min, max));
    }
  }

  /** A number from {@code min} to {@code max}. */
  public static void range(String member, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidRequestException(
          member, value + " is out of range; it takes " + min + " to " + max);
    }
  }

  /** A string matching the model's pattern. */
  public static void pattern(String member, String value, Pattern pattern) {
    if (!pattern.matcher(value).matches()) {
      throw new InvalidRequestException(
          member, shown(value) + " does not match the pattern " + pattern.pattern());
    }
  }

  private static String bounds(long min, long max) {
    if (max == Long.MAX_VALUE) {
      return "at least " + min;
    }
    if (min == Long.MIN_VALUE) {
      return "at most " + max;
    }
    return min + " to " + max;
  }

  private static String shown(String value) {
    return Json.valuesInMessages() ? "'" + value + "'" : "the value";
  }
}
