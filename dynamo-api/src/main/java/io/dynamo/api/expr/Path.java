package io.dynamo.api.expr;

import io.dynamo.api.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document path: attribute names, map keys and list indexes, such as {@code bar.baz[1]}.
 *
 * <p>Strings given where a path is expected are parsed with {@link #parse(String)}: dots separate
 * names, {@code [n]} indexes lists, a segment starting with {@code #} is an expression attribute
 * name the caller declares in {@code names(...)}. Any other name that is not a plain identifier
 * ({@code user/id}, {@code first name}) or is one of DynamoDB's reserved words ({@code name},
 * {@code status}) is replaced by a generated {@code #alias} automatically. For a name that itself
 * contains dots or brackets, use {@link #name(String)}, {@link #of(Object...)} or {@link
 * #child(String)}: names given there are taken literally and never split.
 *
 * <p>Two paths are equal when they have the same segments, each a literal name, an alias or an
 * index. Immutable and thread-safe.
 */
public final class Path {
  private static final Pattern ALIAS = Pattern.compile("#[A-Za-z0-9_]+");
  private static final String RULE =
      "a path is names separated by '.', each optionally followed by list indexes such as [0]"
          + " (use Path.name(...) for an attribute whose name contains '.', '[' or ']')";

  private final List<Object> segments;
  private final boolean[] aliases;

  private Path(List<Object> segments, boolean[] aliases) {
    this.segments = List.copyOf(segments);
    this.aliases = aliases;
  }

  /**
   * Parses path text such as {@code bar.baz[1]}, {@code #tags[1]}, {@code #a.#b} or {@code
   * user/id}. Names may contain any character but {@code .}, {@code [} and {@code ]}; a name
   * starting with {@code #} is an alias ({@code #} and then letters, digits or {@code _}) that the
   * request must declare in its names.
   *
   * @throws InvalidRequestException for the field {@code path}, naming the position (a 0-based
   *     index into the text) and the rule when the text is not a path
   */
  public static Path parse(String text) {
    if (text == null) {
      throw new InvalidRequestException("path", "is null; " + RULE);
    }
    if (text.isEmpty()) {
      throw new InvalidRequestException("path", "is empty; " + RULE);
    }
    if (text.charAt(0) == '[') {
      throw invalid(text, "starts with a list index; a path starts with an attribute name");
    }
    List<Object> segments = new ArrayList<>();
    List<Boolean> aliases = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (true) {
      int start = i;
      while (i < n && ".[]".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      if (i == start) {
        throw invalid(
            text,
            i == n
                ? "ends with '.'; a name must follow every '.'"
                : "has an empty name at index "
                    + i
                    + "; a name must come before '"
                    + text.charAt(i)
                    + "'");
      }
      String name = text.substring(start, i);
      boolean alias = name.charAt(0) == '#';
      if (alias && !ALIAS.matcher(name).matches()) {
        throw invalid(
            text,
            "has an invalid alias '"
                + name
                + "' at index "
                + start
                + "; an alias is '#' followed by letters, digits or '_', declared in names (use"
                + " Path.name(...) for an attribute whose name starts with '#')");
      }
      segments.add(name);
      aliases.add(alias);
      while (i < n && text.charAt(i) == '[') {
        int close = text.indexOf(']', i + 1);
        if (close < 0) {
          throw invalid(text, "has a '[' at index " + i + " that is never closed with ']'");
        }
        segments.add(index(text, i, text.substring(i + 1, close)));
        aliases.add(false);
        i = close + 1;
      }
      if (i == n) {
        break;
      }
      char c = text.charAt(i);
      if (c == ']') {
        throw invalid(text, "has a ']' at index " + i + " without a matching '['");
      }
      if (c != '.') {
        throw invalid(
            text, "has '" + c + "' at index " + i + " after ']'; expected '.', '[' or the end");
      }
      i++;
    }
    boolean[] flags = new boolean[aliases.size()];
    for (int k = 0; k < flags.length; k++) {
      flags[k] = aliases.get(k);
    }
    return new Path(segments, flags);
  }

  /**
   * A top-level attribute whose name is taken literally, dots, brackets and a leading {@code #}
   * included: {@code Path.name("a.b")} is the attribute named {@code a.b}, not {@code b} inside
   * {@code a}.
   *
   * @throws InvalidRequestException if the name is null or empty
   */
  public static Path name(String attributeName) {
    return new Path(List.of(checkName(attributeName, 0)), new boolean[1]);
  }

  /**
   * A path from its segments: {@code String}s are literal names (never parsed, never aliases) and
   * {@code Integer}s are list indexes, such as {@code Path.of("user/info", "first.name")} or {@code
   * Path.of("tags", 1)}. The first segment must be a name.
   *
   * @throws InvalidRequestException if there are no segments, the first is not a name, a name is
   *     empty, an index is negative, or a segment is neither a String nor an Integer
   */
  public static Path of(Object... segments) {
    if (segments == null || segments.length == 0) {
      throw new InvalidRequestException("path", "has no segments; give at least a name");
    }
    if (!(segments[0] instanceof String)) {
      throw new InvalidRequestException(
          "path",
          "starts with "
              + describe(segments[0])
              + "; a path starts with an attribute name (a String)");
    }
    List<Object> list = new ArrayList<>(segments.length);
    for (int i = 0; i < segments.length; i++) {
      Object s = segments[i];
      if (s instanceof String) {
        list.add(checkName((String) s, i));
      } else if (s instanceof Integer) {
        list.add(checkIndex((Integer) s, i));
      } else {
        throw new InvalidRequestException(
            "path",
            "segment "
                + i
                + " is "
                + describe(s)
                + "; segments are String names and Integer list indexes");
      }
    }
    return new Path(list, new boolean[list.size()]);
  }

  /** This path followed by the map key {@code name}, taken literally. */
  public Path child(String name) {
    List<Object> list = new ArrayList<>(segments);
    list.add(checkName(name, segments.size()));
    return new Path(list, Arrays.copyOf(aliases, aliases.length + 1));
  }

  /** This path followed by the list index {@code index}. */
  public Path index(int index) {
    List<Object> list = new ArrayList<>(segments);
    list.add(checkIndex(index, segments.size()));
    return new Path(list, Arrays.copyOf(aliases, aliases.length + 1));
  }

  /**
   * The segments: {@code String} names and {@code Integer} list indexes. A name that is a caller's
   * alias starts with {@code #}; so can a literal name, see {@link #isAlias(int)}.
   */
  public List<Object> segments() {
    return segments;
  }

  /**
   * Whether segment {@code index} is an alias to be resolved through the request's names (as {@code
   * #tags} in {@code parse("#tags[1]")}), rather than a literal name or a list index.
   */
  public boolean isAlias(int index) {
    return aliases[index];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Path
        && ((Path) o).segments.equals(segments)
        && Arrays.equals(((Path) o).aliases, aliases);
  }

  @Override
  public int hashCode() {
    return 31 * segments.hashCode() + Arrays.hashCode(aliases);
  }

  /**
   * The path text, such as {@code bar.baz[1]}: names joined by dots, indexes in brackets. Literal
   * names are shown as they are, so the text of a name containing dots does not parse back to the
   * same path.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Integer) {
        sb.append('[').append(s).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s);
      }
    }
    return sb.toString();
  }

  private static Integer index(String text, int open, String digits) {
    if (digits.isEmpty()) {
      throw invalid(
          text, "has an empty list index at index " + open + "; write a number, such as [0]");
    }
    boolean valid = !digits.isEmpty();
    for (int k = 0; k < digits.length() && valid; k++) {
      valid = digits.charAt(k) >= '0' && digits.charAt(k) <= '9';
    }
    if (!valid) {
      throw invalid(
          text,
          "has the list index '"
              + digits
              + "' at index "
              + (open + 1)
              + "; a list index is a non-negative integer such as [0]");
    }
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      throw invalid(
          text,
          "has the list index "
              + digits
              + " at index "
              + (open + 1)
              + ", which is larger than "
              + Integer.MAX_VALUE);
    }
  }

  private static String checkName(String name, int segment) {
    if (name == null || name.isEmpty()) {
      throw new InvalidRequestException(
          "path",
          "segment "
              + segment
              + " is "
              + (name == null ? "a null" : "an empty")
              + " name; attribute names and map keys are at least one character");
    }
    return name;
  }

  private static Integer checkIndex(Integer index, int segment) {
    if (index < 0) {
      throw new InvalidRequestException(
          "path",
          "segment " + segment + " is the list index " + index + "; list indexes are 0 or more");
    }
    return index;
  }

  private static String describe(Object o) {
    return o == null ? "null" : "the " + o.getClass().getSimpleName() + " " + o;
  }

  private static InvalidRequestException invalid(String text, String problem) {
    return new InvalidRequestException("path", "'" + text + "' " + problem + "; " + RULE);
  }
}
