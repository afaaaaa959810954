package io.dynamo.codec;

/** An item has no attribute of the name a reader asked for. */
public class MissingAttributeException extends CodecException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for the attribute {@code name}; the path is the name. */
  public MissingAttributeException(String name) {
    super("missing attribute");
    inside(name);
  }
}
