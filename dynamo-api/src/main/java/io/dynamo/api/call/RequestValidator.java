package io.dynamo.api.call;

import io.dynamo.api.model.DynamoRequest;
import io.dynamo.api.model.TableDescription;
import java.util.function.Function;

/**
 * Checks typed requests before they are written and sent, and the values a {@code Table}'s codec is
 * about to write as items: the hook of the opt-in {@code dynamo-validation} module, set with {@code
 * DynamoClientBuilder.validation(...)}. A client without one does no work for it.
 *
 * <p>{@link #validateRequest} runs on the caller's thread for every typed call of the blocking and
 * the asynchronous client (raw {@code apiCall}s are not typed and are not validated), before the
 * request is written: what it throws is what the call throws (an asynchronous call's future fails
 * with it), and nothing is sent. Throw an {@link io.dynamo.api.error.InvalidRequestException} (or a
 * subclass) naming every problem. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RequestValidator {
  /** Checks {@code request}; throws to stop the call before anything is written or sent. */
  void validateRequest(DynamoRequest<?> request);

  /**
   * Checks {@code value}, about to be written as an item by the codec of a {@code Table} or {@code
   * AsyncTable} of the client; throws to refuse it. By default, nothing.
   */
  default void validateItem(Object value) {}

  /**
   * The validator a client uses, given a way to describe a table through that client (blocking, and
   * not itself validated): called once, when the client is built. A validator that learns a table's
   * key schema from DescribeTable keeps {@code describeTable}; by default this validator as it is.
   */
  default RequestValidator connect(Function<String, TableDescription> describeTable) {
    return this;
  }
}
