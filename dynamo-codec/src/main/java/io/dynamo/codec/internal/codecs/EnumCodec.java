package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.InvalidAttributeValueException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An enum as the {@code S} of its constant's name. */
final class EnumCodec<E extends Enum<E>> implements AttributeCodec<E> {
  private final Class<E> type;
  private final Map<String, E> byName = new LinkedHashMap<>(); // messages list constants in order

  EnumCodec(Class<E> type) {
    this.type = type;
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static AttributeCodec<?> create(Class<?> type) {
    return new EnumCodec(type);
  }

  @Override
  public AttributeValue encode(E value) {
    return AttributeValue.s(value.name());
  }

  @Override
  public E decode(AttributeValue value) {
    String name = Expect.s(value);
    E constant = byName.get(name);
    if (constant == null) {
      throw new InvalidAttributeValueException(
          "'"
              + name
              + "' is not a constant of "
              + type.getName()
              + "; expected one of "
              + byName.keySet());
    }
    return constant;
  }
}
