package io.dynamo.api.internal.expr;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.UnsupportedTypeException;

/** Encodes plain values for expressions, turning codec errors into request errors. */
public final class Values {
  private Values() {}

  /**
   * {@code value} encoded with {@code registry}; a codec error becomes an InvalidRequestException
   * for {@code field} that starts with {@code where} and keeps the codec's message (and so the path
   * inside the value, such as {@code [1]}) and the codec error as its cause.
   */
  static AttributeValue encode(CodecRegistry registry, Object value, String field, String where) {
    try {
      return registry.encode(value);
    } catch (CodecException e) {
      throw new InvalidRequestException(
          field, where + "the value cannot be encoded: " + e.getMessage() + hint(e, registry), e);
    }
  }

  /**
   * For a type without a codec while encoding with the default registry: how to bring a codec of
   * one's own, since request builders don't see the client's registry.
   */
  public static String hint(CodecException e, CodecRegistry registry) {
    return e instanceof UnsupportedTypeException && registry == CodecRegistry.defaults()
        ? " (this request encodes with CodecRegistry.defaults(): give the builder your registry"
            + " with codecs(...), or provide the codec to every registry with a CodecProvider)"
        : "";
  }

  /** The type's name for messages, such as {@code a string (S)}. */
  static String describe(AttributeValue value) {
    switch (value.type()) {
      case S:
        return "a string (S)";
      case N:
        return "a number (N)";
      case B:
        return "a binary (B)";
      case SS:
        return "a string set (SS)";
      case NS:
        return "a number set (NS)";
      case BS:
        return "a binary set (BS)";
      case M:
        return "a map (M)";
      case L:
        return "a list (L)";
      case BOOL:
        return "a boolean (BOOL)";
      case NULL:
        return "null (NULL)";
      default:
        return "of type " + value.type();
    }
  }
}
