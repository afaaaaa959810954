package io.dynamo.api.internal;

import io.dynamo.api.call.ApiRequest;
import io.dynamo.api.call.ApiResponse;
import io.dynamo.api.call.RequestValidator;
import io.dynamo.api.error.ApiCallTimeoutException;
import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.internal.json.OperationSpec;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.DynamoException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/** Runs typed operations through the pipeline: write the request, call, read the response. */
public final class Calls {
  private Calls() {}

  /** Calls {@code spec} with {@code request} on this thread. */
  public static <Q, R> R call(Pipeline pipeline, OperationSpec<Q, R> spec, Q request) {
    long deadline = pipeline.deadlineFromNow();
    ApiRequest call = ApiRequest.of(spec.operation(), write(pipeline, spec, request));
    Observation observation = pipeline.observe(call, request, false);
    if (observation == null) {
      return read(pipeline, spec, pipeline.execute(call, null), deadline);
    }
    try {
      R result = read(pipeline, spec, pipeline.execute(call, observation), deadline);
      observation.ended(result, null, null);
      return result;
    } catch (RuntimeException | Error e) {
      observation.ended(null, null, e);
      throw e;
    }
  }

  /** Calls {@code spec} with {@code request} without blocking. */
  public static <Q, R> CompletableFuture<R> callAsync(
      Pipeline pipeline, OperationSpec<Q, R> spec, Q request) {
    long deadline = pipeline.deadlineFromNow();
    byte[] body;
    try {
      body = write(pipeline, spec, request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    ApiRequest call = ApiRequest.of(spec.operation(), body);
    Observation observation = pipeline.observe(call, request, true);
    if (observation == null) {
      return Futures.map(
          pipeline.executeAsync(call, null, null),
          response -> read(pipeline, spec, response, deadline));
    }
    return Futures.map(
        pipeline.executeAsync(call, observation, null),
        response -> read(pipeline, spec, response, deadline),
        (result, error) -> observation.ended(result, null, error));
  }

  private static <Q, R> byte[] write(Pipeline pipeline, OperationSpec<Q, R> spec, Q request) {
    if (request == null) {
      throw new io.dynamo.api.error.InvalidRequestException(
          spec.operation().operationName() + "Request", "request is null");
    }
    RequestValidator validator = pipeline.validator();
    if (validator != null && request instanceof DynamoRequest) {
      validator.validateRequest((DynamoRequest<?>) request);
    }
    try {
      return spec.write(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the response within the call's deadline: a large body is checked against it while it is
   * read. Whatever goes wrong while reading ends in an {@link InvalidResponseException} (or the
   * timeout): a body, however broken, never escapes as another exception.
   */
  private static <Q, R> R read(
      Pipeline pipeline, OperationSpec<Q, R> spec, ApiResponse response, long deadline) {
    Runnable checkpoint =
        () -> {
          if (System.nanoTime() - deadline > 0) {
            throw new ApiCallTimeoutException(
                spec.operation()
                    + " did not complete within the call timeout of "
                    + pipeline.callTimeout().toMillis()
                    + " ms (while reading its response of "
                    + response.body().length
                    + " bytes)",
                null);
          }
        };
    try {
      return Reads.withCheckpoint(
          checkpoint, () -> spec.read(response.body(), pipeline.registry()));
    } catch (ApiCallTimeoutException e) {
      throw e;
    } catch (IOException | CodecException e) {
      throw invalid(spec, response, e.getMessage(), e);
    } catch (DynamoException e) {
      throw e; // already typed, such as a paging loop detected
    } catch (RuntimeException e) {
      // a bug of this client's reading: still a typed exception for the caller
      throw invalid(spec, response, "it could not be read (" + e.getClass().getName() + ")", e);
    }
  }

  private static InvalidResponseException invalid(
      OperationSpec<?, ?> spec, ApiResponse response, String problem, Throwable cause) {
    return new InvalidResponseException(
        spec.operation()
            + " response (status "
            + response.http().statusCode()
            + ", "
            + response.body().length
            + " bytes) is not valid: "
            + problem
            + "; "
            + BodyShape.describe(response.body()),
        response.http().statusCode(),
        cause);
  }
}
