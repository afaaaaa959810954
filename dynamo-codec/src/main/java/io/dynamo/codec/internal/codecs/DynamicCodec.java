package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codec for {@code Object}: encodes by runtime class through the registry and decodes to plain
 * Java values (String, BigDecimal, Bytes, Boolean, sets, lists, maps, null).
 */
final class DynamicCodec implements AttributeCodec<Object> {
  private final CodecRegistry registry;

  DynamicCodec(CodecRegistry registry) {
    this.registry = registry;
  }

  @Override
  public AttributeValue encode(Object value) {
    return registry.encode(value);
  }

  @Override
  public Object decode(AttributeValue value) {
    return plain(value);
  }

  static Object plain(AttributeValue value) {
    switch (value.type()) {
      case S:
        return ((AttributeValue.S) value).value();
      case N:
        return ((AttributeValue.N) value).bigDecimalValue();
      case B:
        return ((AttributeValue.B) value).value();
      case BOOL:
        return ((AttributeValue.Bool) value).value();
      case NULL:
        return null;
      case SS:
        return ((AttributeValue.SS) value).values();
      case NS:
        {
          Set<Object> out = new LinkedHashSet<>();
          for (String n : ((AttributeValue.NS) value).values()) {
            out.add(new java.math.BigDecimal(n));
          }
          return Collections.unmodifiableSet(out);
        }
      case BS:
        {
          Set<Bytes> out = new LinkedHashSet<>(((AttributeValue.BS) value).values());
          return Collections.unmodifiableSet(out);
        }
      case M:
        {
          Map<String, Object> out = new LinkedHashMap<>();
          for (Map.Entry<String, AttributeValue> e :
              ((AttributeValue.M) value).values().entrySet()) {
            try {
              out.put(e.getKey(), plain(e.getValue()));
            } catch (CodecException ex) {
              throw ex.inside(e.getKey());
            }
          }
          return Collections.unmodifiableMap(out);
        }
      case L:
        {
          List<AttributeValue> values = ((AttributeValue.L) value).values();
          List<Object> out = new ArrayList<>(values.size());
          for (AttributeValue v : values) {
            out.add(plain(v));
          }
          return Collections.unmodifiableList(out);
        }
      default:
        return value;
    }
  }
}
