package io.dynamo.codec;

/**
 * An attribute value is not of the DynamoDB type a reader or codec expected, for example an {@code
 * S} where a number was asked for.
 */
public class AttributeTypeException extends CodecException {
  private static final long serialVersionUID = 1L;

  private final String expected;
  private final AttributeType actual;

  /**
   * Creates the error.
   *
   * @param expected what was expected, such as {@code "N"} or {@code "S or N"}
   * @param actual the type found
   */
  public AttributeTypeException(String expected, AttributeType actual) {
    super("expected " + expected + " but found " + actual);
    this.expected = expected;
    this.actual = actual;
  }

  /** Creates the error with a full description of the problem. */
  public AttributeTypeException(String expected, AttributeType actual, String problem) {
    super(problem);
    this.expected = expected;
    this.actual = actual;
  }

  /** The type or types that were expected. */
  public String expected() {
    return expected;
  }

  /** The type that was found. */
  public AttributeType actual() {
    return actual;
  }
}
