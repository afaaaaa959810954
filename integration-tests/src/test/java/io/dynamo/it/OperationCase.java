package io.dynamo.it;

import io.dynamo.api.DynamoAsyncClient;
import io.dynamo.api.DynamoClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One operation exercised against a stub server: a realistic request, the typed method of each
 * client that sends it, fragments its JSON must contain, the body DynamoDB would answer with, and
 * checks of the typed response read from that body.
 *
 * @param operation the model's name, e.g. {@code DescribeExport}
 * @param request the request
 * @param sync the typed method of {@link DynamoClient}
 * @param async the typed method of {@link DynamoAsyncClient}
 * @param sent fragments of the request JSON, exactly as they must appear on the wire
 * @param response the response body
 * @param check assertions on the typed response
 */
record OperationCase<Q, R>(
    String operation,
    Q request,
    BiFunction<DynamoClient, Q, R> sync,
    BiFunction<DynamoAsyncClient, Q, CompletableFuture<R>> async,
    List<String> sent,
    String response,
    Consumer<R> check) {

  @Override
  public String toString() {
    return operation;
  }
}
