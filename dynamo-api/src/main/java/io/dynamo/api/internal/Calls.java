package io.dynamo.api.internal;

import io.dynamo.api.ApiRequest;
import io.dynamo.api.ApiResponse;
import io.dynamo.api.InvalidResponseException;
import io.dynamo.api.internal.ops.OperationSpec;
import io.dynamo.codec.CodecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/** Runs typed operations through the pipeline: write the request, call, read the response. */
public final class Calls {
  private Calls() {}

  /** Calls {@code spec} with {@code request} on this thread. */
  public static <Q, R> R call(Pipeline pipeline, OperationSpec<Q, R> spec, Q request) {
    ApiResponse response = pipeline.execute(ApiRequest.of(spec.operation(), write(spec, request)));
    return read(pipeline, spec, response);
  }

  /** Calls {@code spec} with {@code request} without blocking. */
  public static <Q, R> CompletableFuture<R> callAsync(
      Pipeline pipeline, OperationSpec<Q, R> spec, Q request) {
    byte[] body;
    try {
      body = write(spec, request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return Futures.map(
        pipeline.executeAsync(ApiRequest.of(spec.operation(), body)),
        response -> read(pipeline, spec, response));
  }

  private static <Q, R> byte[] write(OperationSpec<Q, R> spec, Q request) {
    if (request == null) {
      throw new io.dynamo.api.InvalidRequestException(
          spec.operation().operationName() + "Request", "request is null");
    }
    try {
      return spec.write(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <Q, R> R read(Pipeline pipeline, OperationSpec<Q, R> spec, ApiResponse response) {
    try {
      return spec.read(response.body(), pipeline.registry());
    } catch (IOException | CodecException e) {
      throw new InvalidResponseException(
          spec.operation()
              + " response (status "
              + response.http().statusCode()
              + ") is not valid: "
              + e.getMessage()
              + "; body starts: "
              + ErrorMapper.excerpt(response.body()),
          response.http().statusCode(),
          e);
    }
  }
}
