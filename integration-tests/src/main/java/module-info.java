/**
 * A user's module as the integration tests see it: it requires the client, and provides a codec for
 * its own money type through {@link java.util.ServiceLoader}.
 */
module io.dynamo.it {
  requires io.dynamo.api;

  exports io.dynamo.it;

  provides io.dynamo.codec.spi.CodecProvider with
      io.dynamo.it.MoneyCodecProvider;
}
