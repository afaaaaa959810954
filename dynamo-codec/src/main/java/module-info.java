/**
 * The base of the DynamoDB client: the {@link io.dynamo.codec.AttributeValue} model, the DynamoDB
 * JSON wire format and the registry of codecs between Java types and attribute values.
 */
module io.dynamo.codec {
  requires com.fasterxml.jackson.core;

  exports io.dynamo.codec;
  exports io.dynamo.codec.spi;
  exports io.dynamo.codec.internal.json to
      io.dynamo.api;

  uses io.dynamo.codec.spi.CodecProvider;
}
