package io.dynamo.codec;

import io.dynamo.codec.Units.Distance;
import io.dynamo.codec.Units.Temperature;
import io.dynamo.codec.spi.CodecProvider;
import java.time.Year;
import java.util.List;

/**
 * Test provider, priority 0: temperatures as text, distances as text, and years as numbers
 * (shadowing the built-in ISO string).
 */
public class AlphaUnitsProvider implements CodecProvider {
  @Override
  public List<CodecFactory> factories() {
    return List.of(
        CodecFactory.of(TypeRef.of(Temperature.class), Units.CELSIUS_TEXT),
        CodecFactory.of(
            TypeRef.of(Distance.class),
            AttributeCodec.ofString(
                d -> d.meters() + "m",
                s -> new Distance(Long.parseLong(s.substring(0, s.length() - 1))))),
        CodecFactory.of(
            TypeRef.of(Year.class),
            AttributeCodec.of(
                y -> AttributeValue.n(y.getValue()),
                v -> Year.of((int) ((AttributeValue.N) v).longValue()))));
  }
}
