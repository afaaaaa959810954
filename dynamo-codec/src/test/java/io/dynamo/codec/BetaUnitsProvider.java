package io.dynamo.codec;

import io.dynamo.codec.Units.Percent;
import io.dynamo.codec.Units.Temperature;
import io.dynamo.codec.spi.CodecProvider;
import java.util.List;

/** Test provider, priority 0 like Alpha: temperatures as numbers, percentages as numbers. */
public class BetaUnitsProvider implements CodecProvider {
  @Override
  public List<CodecFactory> factories() {
    return List.of(
        CodecFactory.of(TypeRef.of(Temperature.class), Units.CELSIUS_NUMBER),
        CodecFactory.of(
            TypeRef.of(Percent.class),
            AttributeCodec.of(
                p -> AttributeValue.n(p.value()),
                v -> new Percent((int) ((AttributeValue.N) v).longValue()))));
  }
}
