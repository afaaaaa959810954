package io.dynamo.codec;

/**
 * Makes codecs for the types it knows, on request. The registry asks its factories in order and
 * takes the first codec returned.
 *
 * <p>A factory that wraps another codec for the same type calls {@link
 * CodecRegistry#nextCodec(CodecFactory, TypeRef)} with itself to get the codec it shadows.
 */
@FunctionalInterface
public interface CodecFactory {

  /**
   * A codec for {@code type}, or {@code null} when this factory does not handle it. The codec must
   * handle values of exactly {@code type}.
   *
   * @param registry the registry asking, for the codecs of element or member types
   */
  AttributeCodec<?> create(TypeRef<?> type, CodecRegistry registry);

  /** A factory that answers {@code codec} for exactly {@code type}, and nothing else. */
  static <T> CodecFactory of(TypeRef<T> type, AttributeCodec<T> codec) {
    return (requested, registry) -> requested.equals(type) ? codec : null;
  }
}
