package io.dynamo.it;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.CodecFactory;
import io.dynamo.codec.TypeRef;
import io.dynamo.codec.spi.CodecProvider;
import java.util.List;

/** Provides the codec of {@link Money}: a string such as {@code "12.50 EUR"}. */
public final class MoneyCodecProvider implements CodecProvider {
  /** The codec. */
  public static final AttributeCodec<Money> MONEY =
      AttributeCodec.ofString(Money::toString, Money::parse);

  /** Needed by ServiceLoader. */
  public MoneyCodecProvider() {}

  @Override
  public List<CodecFactory> factories() {
    return List.of(CodecFactory.of(TypeRef.of(Money.class), MONEY));
  }
}
