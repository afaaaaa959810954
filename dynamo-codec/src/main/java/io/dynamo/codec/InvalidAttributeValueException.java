package io.dynamo.codec;

/**
 * A value breaks one of DynamoDB's rules for attribute values: a number with more than 38
 * significant digits or out of range, an empty or duplicated set member, nesting deeper than 32
 * levels, a null where a value is needed.
 */
public class InvalidAttributeValueException extends CodecException {
  private static final long serialVersionUID = 1L;

  /** Creates the error; {@code problem} names the rule that was broken. */
  public InvalidAttributeValueException(String problem) {
    super(problem);
  }

  /** Creates the error with its cause. */
  public InvalidAttributeValueException(String problem, Throwable cause) {
    super(problem, cause);
  }
}
