package io.dynamo.api.internal.build;

import io.dynamo.api.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks request fields against DynamoDB's rules; every failure is an {@link
 * InvalidRequestException} naming the field (DynamoDB's member name), the value's problem and the
 * rule. Collections are copied keeping their order.
 */
public final class Require {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
  private static final String NAME_RULE = "characters of a-z, A-Z, 0-9, '_', '-' and '.'";

  private Require() {}

  /**
   * A data-plane {@code TableName}: a table name (3 to 255 characters of a-z, A-Z, 0-9, '_', '-',
   * '.') or a table ARN (up to 1024 characters).
   */
  public static String tableNameOrArn(String field, String value) {
    present(field, value, "give the table's name or ARN");
    if (value.startsWith("arn:")) {
      return length(field, value, 1, 1024, "table ARNs are at most 1024 characters");
    }
    return name(field, value, "table names");
  }

  /** A {@code ResourceArn}: an ARN of up to 1283 characters, such as a table's. */
  public static String resourceArn(String field, String value) {
    present(field, value, "give the table's ARN (TableDescription.tableArn())");
    if (!value.startsWith("arn:")) {
      throw new InvalidRequestException(
          field,
          quote(value)
              + " is not an ARN; tag operations take the table's ARN, such as"
              + " arn:aws:dynamodb:us-east-1:123456789012:table/users");
    }
    return length(field, value, 1, 1283, "ARNs are at most 1283 characters");
  }

  /** A {@code TableName} that must be a name, not an ARN (CreateTable, ListTables paging). */
  public static String tableName(String field, String value) {
    present(field, value, "give the table's name");
    return name(field, value, "table names");
  }

  /** An {@code IndexName}. */
  public static String indexName(String field, String value) {
    return name(field, value, "index names");
  }

  /** A {@code BackupName}. */
  public static String backupName(String field, String value) {
    return name(field, value, "backup names");
  }

  /** An {@code IndexName}, {@code BackupName} and the like: 3 to 255 name characters. */
  public static String name(String field, String value, String what) {
    present(field, value, what + " are 3 to 255 " + NAME_RULE);
    length(field, value, 3, 255, what + " are 3 to 255 " + NAME_RULE);
    if (!NAME.matcher(value).matches()) {
      throw new InvalidRequestException(
          field,
          quote(value) + " has a character not allowed; " + what + " are 3 to 255 " + NAME_RULE);
    }
    return value;
  }

  /** Fails when {@code value} is null. */
  public static <T> T present(String field, T value, String hint) {
    if (value == null) {
      throw new InvalidRequestException(field, "is required but missing; " + hint);
    }
    return value;
  }

  /** A string of {@code min} to {@code max} characters, null allowed. */
  public static String length(String field, String value, int min, int max, String rule) {
    if (value == null) {
      return null;
    }
    if (value.length() < min) {
      throw new InvalidRequestException(
          field,
          (value.isEmpty()
                  ? "is empty"
                  : quote(value) + " is too short (" + value.length() + " characters)")
              + "; "
              + rule);
    }
    if (value.length() > max) {
      throw new InvalidRequestException(
          field, quote(value) + " is too long (" + value.length() + " characters); " + rule);
    }
    return value;
  }

  /** An optional expression: absent or not blank. */
  public static String expression(String field, String text) {
    if (text != null && text.isBlank()) {
      throw new InvalidRequestException(
          field, "is empty; leave it out or give an expression (DynamoDB rejects empty ones)");
    }
    return text;
  }

  /** An optional integer of at least {@code min}. */
  public static Integer atLeast(String field, Integer value, int min, String rule) {
    if (value != null && value < min) {
      throw new InvalidRequestException(field, value + " is less than " + min + "; " + rule);
    }
    return value;
  }

  /** An optional long of at least {@code min}. */
  public static Long atLeast(String field, Long value, long min, String rule) {
    if (value != null && value < min) {
      throw new InvalidRequestException(field, value + " is less than " + min + "; " + rule);
    }
    return value;
  }

  /** An unmodifiable copy in the same order, without null keys or values; null gives empty. */
  public static <K, V> Map<K, V> map(String field, Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<K, V> copy = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
    for (Map.Entry<K, V> e : map.entrySet()) {
      if (e.getKey() == null) {
        throw new InvalidRequestException(field, "has a null key; keys must not be null");
      }
      if (e.getValue() == null) {
        throw new InvalidRequestException(
            field, "has a null value for " + quote(String.valueOf(e.getKey())));
      }
      copy.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /** An unmodifiable copy in the same order, without nulls; null gives empty. */
  public static <T> List<T> list(String field, Collection<? extends T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list.size());
    for (T t : list) {
      if (t == null) {
        throw new InvalidRequestException(
            field, "has a null element at index " + copy.size() + "; elements must not be null");
      }
      copy.add(t);
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * A key from alternating attribute names and plain Java values, or {@code key} when no pairs are
   * given; codec errors (an empty string, a type keys cannot have) name {@code Key}.
   */
  public static io.dynamo.codec.Key key(
      io.dynamo.codec.Key key, Object[] namesAndValues, io.dynamo.codec.CodecRegistry codecs) {
    if (namesAndValues == null) {
      return key;
    }
    try {
      return codecs.key(namesAndValues);
    } catch (io.dynamo.codec.CodecException e) {
      throw new InvalidRequestException("Key", e.getMessage(), e);
    }
  }

  /** A value for messages: quoted, and cut short when long. */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() <= 60 ? "'" + value + "'" : "'" + value.substring(0, 57) + "...'";
  }
}
