package io.dynamo.api.error;

import io.dynamo.codec.DynamoException;

/**
 * A request breaks one of DynamoDB's rules and was not sent. The message names the field, what is
 * wrong with its value and the rule, such as {@code TableName: 'ab' is too short; table names are 3
 * to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'}.
 */
public class InvalidRequestException extends DynamoException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates the exception for {@code field}; {@code problem} says what is wrong and the rule. */
  public InvalidRequestException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** Creates the exception for {@code field} with the error that revealed the problem. */
  public InvalidRequestException(String field, String problem, Throwable cause) {
    super(field + ": " + problem, cause);
    this.field = field;
  }

  /** The request field at fault, such as {@code TableName} or {@code Key}. */
  public String field() {
    return field;
  }

  /**
   * The same problem named as a field inside {@code container}: {@code Key} inside {@code
   * TransactItems[2].Update} is {@code TransactItems[2].Update.Key}.
   */
  public InvalidRequestException inside(String container) {
    String problem = getMessage().substring(field.length() + 2);
    return new InvalidRequestException(container + "." + field, problem, this);
  }
}
