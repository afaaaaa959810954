package io.dynamo.api.expr;

import java.util.List;

/**
 * A document path: attribute names, map keys and list indexes, such as {@code bar.baz[1]}.
 *
 * <p>Strings given where a path is expected are parsed with {@link #parse(String)}: dots separate
 * names, {@code [n]} indexes lists, a segment starting with {@code #} is an expression attribute
 * name the caller declares in {@code names(...)}. Any other name that is not a plain identifier
 * ({@code user/id}, {@code first name}) or is one of DynamoDB's reserved words ({@code name},
 * {@code status}) is replaced by a generated {@code #alias} automatically. For a name that itself
 * contains dots or brackets, use {@link #name(String)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Path {
  // Implemented in the expressions work: segments are names (String) and indexes (Integer).
  private final List<Object> segments;

  private Path(List<Object> segments) {
    this.segments = List.copyOf(segments);
  }

  /**
   * Parses path text such as {@code bar.baz[1]}, {@code #tags[1]} or {@code user/id}.
   *
   * @throws IllegalArgumentException naming the position and the rule when the text is not a path
   */
  public static Path parse(String text) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** A top-level attribute whose name is taken literally, dots and brackets included. */
  public static Path name(String attributeName) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * The segments: {@code String} names (a leading {@code #} marks a caller's alias) and {@code
   * Integer} list indexes.
   */
  public List<Object> segments() {
    return segments;
  }
}
