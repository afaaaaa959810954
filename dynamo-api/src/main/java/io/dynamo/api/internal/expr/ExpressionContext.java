package io.dynamo.api.internal.expr;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.ExpressionWriter;
import io.dynamo.api.expr.Path;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the expression attribute names and values of one request while its expressions are
 * written: starts from the caller's own {@code #names} and {@code :values}, and adds generated
 * aliases ({@code #n0}, {@code #n1}, ...) and placeholders ({@code :v0}, ...) that never clash with
 * the caller's. The same name always gets the same alias within a request. Not thread-safe.
 *
 * <p>A name segment is written as it is when it is a plain identifier ({@code
 * [A-Za-z][A-Za-z0-9_]*}) and not a reserved word in any letter case; otherwise it gets an alias:
 * the caller's own alias for exactly that name if there is one, else a generated one. Only what an
 * expression uses is added, since DynamoDB rejects unused names and values; the caller's own
 * entries are always kept.
 */
public final class ExpressionContext {
  /** How DynamoDB's expression grammar spells a name reference and a value reference. */
  static final Pattern NAME_REF = Pattern.compile("#[A-Za-z0-9_]+");

  static final Pattern VALUE_REF = Pattern.compile(":[A-Za-z0-9_]+");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern REF = Pattern.compile("[#:][A-Za-z0-9_]+");

  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();
  private final Map<String, String> callerNames;
  private final Map<String, AttributeValue> callerValues;
  private final Map<String, String> aliasByName = new HashMap<>();
  private int nextName;
  private int nextValue;

  /**
   * A context seeded with the caller's names ({@code #alias -> name}) and values; {@code null}
   * means none.
   *
   * @throws InvalidRequestException if a key is not {@code #} (names) or {@code :} (values)
   *     followed by letters, digits or {@code _}, or a name or value is null or an empty name
   */
  public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
    if (names != null) {
      for (Map.Entry<String, String> e : names.entrySet()) {
        checkKey("ExpressionAttributeNames", e.getKey(), NAME_REF, "#");
        if (e.getValue() == null || e.getValue().isEmpty()) {
          throw new InvalidRequestException(
              "ExpressionAttributeNames",
              e.getKey()
                  + " maps to "
                  + (e.getValue() == null ? "null" : "an empty name")
                  + "; attribute names are at least one character");
        }
        this.names.put(e.getKey(), e.getValue());
        aliasByName.putIfAbsent(e.getValue(), e.getKey());
      }
    }
    if (values != null) {
      for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
        checkKey("ExpressionAttributeValues", e.getKey(), VALUE_REF, ":");
        if (e.getValue() == null) {
          throw new InvalidRequestException(
              "ExpressionAttributeValues",
              e.getKey() + " maps to null; use AttributeValue.nul() for NULL");
        }
        this.values.put(e.getKey(), e.getValue());
      }
    }
    this.callerNames = Map.copyOf(this.names);
    this.callerValues = Map.copyOf(this.values);
  }

  /**
   * Expression text for a path given as text: parsed, with names aliased where needed.
   *
   * @throws InvalidRequestException if the text is not a path or uses an undeclared alias
   */
  public String path(String pathText) {
    return path(Path.parse(pathText));
  }

  /**
   * Expression text for a path.
   *
   * @throws InvalidRequestException if the path uses an alias the caller did not declare
   */
  public String path(Path path) {
    StringBuilder sb = new StringBuilder();
    List<Object> segments = path.segments();
    for (int i = 0; i < segments.size(); i++) {
      Object s = segments.get(i);
      if (s instanceof Integer) {
        sb.append('[').append(s).append(']');
        continue;
      }
      if (i > 0) {
        sb.append('.');
      }
      if (path.isAlias(i)) {
        declaredName((String) s, path);
        sb.append(s);
      } else {
        sb.append(name((String) s));
      }
    }
    return sb.toString();
  }

  /**
   * Expression text for one name (an attribute or a map key), taken literally: the name itself if
   * it is a plain identifier and not reserved, else its alias.
   */
  public String name(String attributeName) {
    if (PLAIN.matcher(attributeName).matches() && !ReservedWords.isReserved(attributeName)) {
      return attributeName;
    }
    String alias = aliasByName.get(attributeName);
    if (alias == null) {
      do {
        alias = "#n" + nextName++;
      } while (names.containsKey(alias));
      aliasByName.put(attributeName, alias);
      names.put(alias, attributeName);
    }
    return alias;
  }

  /** A placeholder for a value, such as {@code :v0}; each call registers a new one. */
  public String value(AttributeValue value) {
    if (value == null) {
      throw new IllegalArgumentException("value is null; use AttributeValue.nul() for NULL");
    }
    String placeholder;
    do {
      placeholder = ":v" + nextValue++;
    } while (values.containsKey(placeholder));
    values.put(placeholder, value);
    return placeholder;
  }

  /**
   * The path's segments with the caller's aliases replaced by the names they stand for: what
   * DynamoDB compares when it checks that document paths do not overlap.
   *
   * @throws InvalidRequestException if the path uses an alias the caller did not declare
   */
  public List<Object> resolve(Path path) {
    List<Object> segments = path.segments();
    List<Object> out = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      out.add(path.isAlias(i) ? declaredName((String) segments.get(i), path) : segments.get(i));
    }
    return out;
  }

  /**
   * Checks raw expression text written by the caller: every {@code #name} and {@code :value} it
   * uses must be one the caller declared (DynamoDB has no string literals, so these tokens are
   * always references). Returns the text.
   *
   * @throws InvalidRequestException for {@code field}, naming the undeclared reference
   */
  public String raw(String text, String field) {
    Matcher m = REF.matcher(text);
    while (m.find()) {
      String ref = m.group();
      boolean name = ref.charAt(0) == '#';
      if (name ? !callerNames.containsKey(ref) : !callerValues.containsKey(ref)) {
        throw new InvalidRequestException(
            field,
            "'"
                + text
                + "' uses "
                + ref
                + ", which is not declared; add it to "
                + (name ? "names(...)" : "values(...)")
                + " or write "
                + (name ? "the attribute name in a path to have it aliased" : "the value instead"));
      }
    }
    return text;
  }

  /** A caller's value, if the caller declared {@code placeholder}; {@code null} if not. */
  public AttributeValue callerValue(String placeholder) {
    return callerValues.get(placeholder);
  }

  /**
   * A writer for {@link Condition}s and other expressions of {@code field} (such as {@code
   * ConditionExpression}) into this context, encoding plain values with {@code registry}.
   */
  public ExpressionWriter writer(CodecRegistry registry, String field) {
    return new ContextWriter(this, registry, field);
  }

  /**
   * Renders {@code condition} into this context as the expression {@code field} ({@code
   * ConditionExpression}, {@code FilterExpression} or {@code KeyConditionExpression}).
   *
   * @throws InvalidRequestException for {@code field} when a value cannot be encoded, a raw part
   *     uses an undeclared reference, or a path uses an undeclared alias
   */
  public String render(Condition condition, String field, CodecRegistry registry) {
    return condition.render(writer(registry, field));
  }

  /** All names, the caller's first, in order; empty if none. */
  public Map<String, String> names() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /** All values, the caller's first, in order; empty if none. */
  public Map<String, AttributeValue> values() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  private String declaredName(String alias, Path path) {
    String name = callerNames.get(alias);
    if (name == null) {
      throw new InvalidRequestException(
          "ExpressionAttributeNames",
          alias
              + " (in the path "
              + path
              + ") is not declared; add it to names(...), such as names(Map.of(\""
              + alias
              + "\", \"attribute name\")), or write the attribute name in the path and let it be"
              + " aliased");
    }
    return name;
  }

  private static void checkKey(String field, String key, Pattern pattern, String prefix) {
    if (key == null || !pattern.matcher(key).matches()) {
      throw new InvalidRequestException(
          field,
          (key == null ? "a null key" : "the key '" + key + "'")
              + " is not a valid reference; it must be '"
              + prefix
              + "' followed by one or more letters, digits or '_'");
    }
  }
}
