package io.dynamo.api.internal.json;

import io.dynamo.api.error.Operation;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/**
 * How one typed operation goes over the wire: its request record to JSON bytes, and response JSON
 * bytes to its response record. One small implementation per operation.
 *
 * @param <Q> the request record
 * @param <R> the response record
 */
public interface OperationSpec<Q, R> {

  /** The operation. */
  Operation operation();

  /** The request as UTF-8 JSON, written with a JsonGenerator. */
  byte[] write(Q request) throws IOException;

  /**
   * The response read from UTF-8 JSON with a JsonParser; items are decoded with {@code registry}.
   * Unknown fields are skipped.
   */
  R read(byte[] body, CodecRegistry registry) throws IOException;
}
