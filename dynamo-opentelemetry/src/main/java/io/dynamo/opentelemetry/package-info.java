/**
 * Spans and metrics of DynamoDB calls on the OpenTelemetry API: {@link
 * io.dynamo.opentelemetry.DynamoTelemetry}.
 */
package io.dynamo.opentelemetry;
