package io.dynamo.codec;

import java.util.ArrayDeque;

/**
 * Base of the errors raised while building, reading, writing, encoding or decoding attribute
 * values.
 *
 * <p>Every codec error knows where it happened: {@link #path()} is the document path of the
 * offending value, for example {@code Item.orders[3].price}, and the message starts with it. The
 * path is assembled while the error travels out of nested maps and lists, so building it costs
 * nothing when nothing fails.
 */
public class CodecException extends DynamoException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  // names (String) and indexes (Integer): serializable, so the path survives serialization
  private final ArrayDeque<Object> segments = new ArrayDeque<>();

  /** Creates an error with no path yet; {@code problem} says what is wrong and which rule broke. */
  public CodecException(String problem) {
    super(problem);
    this.problem = problem;
  }

  /** Creates an error with no path yet and the underlying cause. */
  public CodecException(String problem, Throwable cause) {
    super(problem, cause);
    this.problem = problem;
  }

  /** What is wrong with the value, without the path. */
  public String problem() {
    return problem;
  }

  /**
   * The document path of the value that failed, such as {@code Item.orders[3].price}; empty when
   * the value was not nested in anything. A name that is empty or holds {@code .}, {@code [},
   * {@code ]} or {@code "} is written in double quotes (with {@code "} and {@code \} escaped by a
   * backslash), so that the path reads one way only: {@code Item."a.b".c} is attribute {@code c} of
   * map {@code a.b}.
   */
  public String path() {
    StringBuilder sb = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        sb.append('[').append(segment).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        appendName(sb, (String) segment);
      }
    }
    return sb.toString();
  }

  private static void appendName(StringBuilder sb, String name) {
    boolean plain = !name.isEmpty();
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = c != '.' && c != '[' && c != ']' && c != '"';
    }
    if (plain) {
      sb.append(name);
      return;
    }
    sb.append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  /**
   * Records that the failing value sits under the map key or attribute {@code name}. Called by code
   * that unwinds nested values; returns this exception for rethrowing.
   */
  public CodecException inside(String name) {
    segments.addFirst(name);
    return this;
  }

  /** Records that the failing value sits at {@code index} of a list or set. */
  public CodecException inside(int index) {
    segments.addFirst(index);
    return this;
  }

  @Override
  public String getMessage() {
    String path = path();
    return path.isEmpty() ? problem : path + ": " + problem;
  }
}
