package io.dynamo.codec;

/** Stands in for a codec still being made, so types that refer to themselves can be handled. */
final class DeferredCodec<T> implements AttributeCodec<T> {
  private final TypeRef<?> type;
  private volatile AttributeCodec<T> target;

  DeferredCodec(TypeRef<?> type) {
    this.type = type;
  }

  @SuppressWarnings("unchecked")
  void resolve(AttributeCodec<?> codec) {
    this.target = (AttributeCodec<T>) codec;
  }

  private AttributeCodec<T> target() {
    AttributeCodec<T> t = target;
    if (t == null) {
      throw new UnsupportedTypeException("the codec for " + type + " was used before it was made");
    }
    return t;
  }

  @Override
  public AttributeValue encode(T value) {
    return target().encode(value);
  }

  @Override
  public T decode(AttributeValue value) {
    return target().decode(value);
  }

  @Override
  public boolean handlesNull() {
    return target().handlesNull();
  }
}
