package io.dynamo.codec;

/**
 * Text that should hold DynamoDB JSON does not: a syntax error, a value of the wrong JSON type, an
 * attribute value with zero or two type tags, or binary data that is not valid base64.
 */
public class MalformedJsonException extends CodecException {
  private static final long serialVersionUID = 1L;

  /** Creates the error; {@code problem} says what was expected and what was found. */
  public MalformedJsonException(String problem) {
    super(problem);
  }

  /** Creates the error with its cause. */
  public MalformedJsonException(String problem, Throwable cause) {
    super(problem, cause);
  }
}
