/**
 * Spans and metrics of every DynamoDB call on the OpenTelemetry API: {@link
 * io.dynamo.opentelemetry.DynamoTelemetry} makes a {@link io.dynamo.api.call.CallListener} to
 * register on a client. Needs only {@code opentelemetry-api} at run time; the application brings
 * the SDK.
 */
@SuppressWarnings("requires-transitive-automatic")
module io.dynamo.opentelemetry {
  requires transitive io.dynamo.api;
  requires transitive io.opentelemetry.api;
  requires io.opentelemetry.context;

  exports io.dynamo.opentelemetry;
}
