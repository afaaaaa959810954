package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeTypeException;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecFactory;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.codec.TypeRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The codec factories every registry ends with. */
public final class BuiltInCodecs {
  private static final List<CodecFactory> FACTORIES =
      List.of(
          BuiltInCodecs::attributeValues,
          BuiltInCodecs::exact,
          (type, registry) -> type.rawType().isEnum() ? EnumCodec.create(type.rawType()) : null,
          (type, registry) ->
              type.rawType() == Optional.class ? CollectionCodecs.optional(type, registry) : null,
          (type, registry) ->
              type.isSubtypeOf(Set.class) ? CollectionCodecs.set(type, registry) : null,
          (type, registry) ->
              type.isSubtypeOf(Collection.class) || type.rawType() == Iterable.class
                  ? CollectionCodecs.list(type, registry)
                  : null,
          (type, registry) ->
              type.isSubtypeOf(Map.class) ? CollectionCodecs.map(type, registry) : null,
          (type, registry) -> type.rawType() == Object.class ? new DynamicCodec(registry) : null);

  private BuiltInCodecs() {}

  /** The built-in factories, in the order they are asked. */
  public static List<CodecFactory> factories() {
    return FACTORIES;
  }

  /**
   * Scalar and java.time codecs, made when first asked for (registries cache them), so that a
   * program pays at start-up only for the codecs it uses.
   */
  private static AttributeCodec<?> exact(TypeRef<?> type, CodecRegistry registry) {
    AttributeCodec<?> codec = ScalarCodecs.forClass(type.rawType());
    return codec != null ? codec : TimeCodecs.forClass(type.rawType());
  }

  private static AttributeCodec<?> attributeValues(TypeRef<?> type, CodecRegistry registry) {
    Class<?> raw = type.rawType();
    if (raw == Item.class) {
      return AttributeCodec.<Item>of(
          item -> AttributeValue.m(item.attributes()), v -> Item.from(mapOf(v)));
    }
    if (raw == Key.class) {
      return AttributeCodec.<Key>of(
          key -> AttributeValue.m(key.attributes()), v -> Key.from(mapOf(v)));
    }
    if (!AttributeValue.class.isAssignableFrom(raw)) {
      return null;
    }
    return new AttributeCodec<AttributeValue>() {
      @Override
      public AttributeValue encode(AttributeValue value) {
        return value == null ? AttributeValue.nul() : value;
      }

      @Override
      public AttributeValue decode(AttributeValue value) {
        if (!raw.isInstance(value)) {
          throw new AttributeTypeException(raw.getSimpleName(), value.type());
        }
        return value;
      }

      @Override
      public boolean handlesNull() {
        return true;
      }
    };
  }

  private static Map<String, AttributeValue> mapOf(AttributeValue v) {
    if (v instanceof AttributeValue.M) {
      return ((AttributeValue.M) v).values();
    }
    throw new AttributeTypeException("M", v.type());
  }
}
