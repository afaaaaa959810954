/**
 * The DynamoDB client: {@link io.dynamo.api.DynamoClient} with typed operations, expressions with
 * automatic aliasing, pagination, retries, error mapping, raw API calls, the transport SPI ({@link
 * io.dynamo.api.spi.Transport}) and the model's constraints as data ({@link
 * io.dynamo.api.constraint.ModelConstraints}).
 */
module io.dynamo.api {
  requires transitive io.dynamo.codec;
  requires transitive io.dynamo.sign;
  requires com.fasterxml.jackson.core;

  exports io.dynamo.api;
  exports io.dynamo.api.error;
  exports io.dynamo.api.call;
  exports io.dynamo.api.model;
  exports io.dynamo.api.constraint;
  exports io.dynamo.api.expr;
  exports io.dynamo.api.spi;

  uses io.dynamo.api.spi.TransportProvider;
}
