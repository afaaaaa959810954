package io.dynamo.api;

import java.util.concurrent.Flow;

/**
 * {@link TableIndex} without blocking: a secondary index of an {@link AsyncTable}, its queries and
 * scans {@link Flow.Publisher}s of values or pages, and single pages as futures. Immutable and
 * thread-safe.
 *
 * @param <T> the type items are mapped to
 */
public final class AsyncTableIndex<T> extends AsyncTableReads<T> {
  AsyncTableIndex(DynamoAsyncClient client, TableRequests<T> requests) {
    super(client, requests);
  }

  /** The index's name. */
  public String name() {
    return requests.indexName();
  }

  @Override
  public String toString() {
    return "AsyncTableIndex[" + requests + "]";
  }
}
