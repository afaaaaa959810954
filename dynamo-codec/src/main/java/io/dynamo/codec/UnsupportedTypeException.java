package io.dynamo.codec;

/**
 * No codec in the registry handles a Java type. The message names the type and how to register a
 * codec for it.
 */
public class UnsupportedTypeException extends CodecException {
  private static final long serialVersionUID = 1L;

  /** Creates the error. */
  public UnsupportedTypeException(String problem) {
    super(problem);
  }
}
