package io.dynamo.codec;

import io.dynamo.codec.Units.Distance;
import io.dynamo.codec.Units.Percent;
import io.dynamo.codec.spi.CodecProvider;
import java.util.List;

/**
 * Test provider, priority 10: asked before Alpha and Beta although its name sorts last. Distances
 * as numbers; percentages checked to be 0 to 100, then written by the codec this one shadows.
 */
public class ZuluUnitsProvider implements CodecProvider {
  @Override
  public int priority() {
    return 10;
  }

  @Override
  public List<CodecFactory> factories() {
    return List.of(
        CodecFactory.of(
            TypeRef.of(Distance.class),
            AttributeCodec.of(
                d -> AttributeValue.n(d.meters()),
                v -> new Distance(((AttributeValue.N) v).longValue()))),
        new CheckedPercents());
  }

  /** Decorates whatever codec for Percent comes after this factory. */
  static final class CheckedPercents implements CodecFactory {
    @Override
    public AttributeCodec<?> create(TypeRef<?> type, CodecRegistry registry) {
      if (type.rawType() != Percent.class) {
        return null;
      }
      AttributeCodec<Percent> next = registry.nextCodec(this, TypeRef.of(Percent.class));
      return AttributeCodec.<Percent>of(
          p -> {
            if (p.value() < 0 || p.value() > 100) {
              throw new InvalidAttributeValueException(
                  "percentage " + p.value() + " is not between 0 and 100");
            }
            return next.encode(p);
          },
          next::decode);
    }
  }
}
