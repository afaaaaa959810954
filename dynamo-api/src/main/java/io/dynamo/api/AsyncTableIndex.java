package io.dynamo.api;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.internal.Futures;
import io.dynamo.api.internal.ItemPublisher;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.codec.Item;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link TableIndex} without blocking: a secondary index of an {@link AsyncTable}, its queries and
 * scans {@link Flow.Publisher}s of values or pages, and single pages as futures. Immutable and
 * thread-safe.
 *
 * @param <T> the type items are mapped to
 */
public final class AsyncTableIndex<T> {
  private final DynamoAsyncClient client;
  private final TableRequests<T> requests;

  AsyncTableIndex(DynamoAsyncClient client, TableRequests<T> requests) {
    this.client = client;
    this.requests = requests;
  }

  /** The index's name. */
  public String name() {
    return requests.indexName();
  }

  /** The values whose index key matches {@code keyCondition}, a page requested as demand grows. */
  public Flow.Publisher<T> query(Condition keyCondition) {
    return values(
        () -> client.queryPages(requests.query(keyCondition, b -> {})),
        p -> p.items(),
        requests::value);
  }

  /** The values a query of the index finds; {@code query} gives at least the key condition. */
  public Flow.Publisher<T> query(Consumer<QueryRequest.Builder> query) {
    return values(
        () -> client.queryPages(requests.query(null, query)), p -> p.items(), requests::value);
  }

  /** One page of a query of the index, with the cursor to go on from. */
  public CompletableFuture<Page<T>> queryPage(Consumer<QueryRequest.Builder> query) {
    return DynamoAsyncClient.later(
        () -> Futures.map(client.query(requests.query(null, query)), requests::page));
  }

  /** The pages of a query of the index, each requested as demand reaches it. */
  public Flow.Publisher<Page<T>> queryPages(Consumer<QueryRequest.Builder> query) {
    return pages(() -> client.queryPages(requests.query(null, query)), requests::page);
  }

  /** All values in the index, a page requested as demand reaches it. */
  public Flow.Publisher<T> scan() {
    return scan(b -> {});
  }

  /** The values a scan of the index finds, a page requested as demand reaches it. */
  public Flow.Publisher<T> scan(Consumer<ScanRequest.Builder> scan) {
    return values(() -> client.scanPages(requests.scan(scan)), p -> p.items(), requests::value);
  }

  /** One page of a scan of the index, with the cursor to go on from. */
  public CompletableFuture<Page<T>> scanPage(Consumer<ScanRequest.Builder> scan) {
    return DynamoAsyncClient.later(
        () -> Futures.map(client.scan(requests.scan(scan)), requests::page));
  }

  /** The pages of a scan of the index, each requested as demand reaches it. */
  public Flow.Publisher<Page<T>> scanPages(Consumer<ScanRequest.Builder> scan) {
    return pages(() -> client.scanPages(requests.scan(scan)), requests::page);
  }

  /**
   * The values of the pages {@code pages} makes; a request it cannot make fails every subscriber.
   */
  static <P, T> Flow.Publisher<T> values(
      Supplier<Flow.Publisher<P>> pages,
      Function<? super P, ? extends List<Item>> items,
      Function<Item, T> decode) {
    Flow.Publisher<P> publisher;
    try {
      publisher = pages.get();
    } catch (RuntimeException e) {
      return ItemPublisher.failed(e);
    }
    return ItemPublisher.items(publisher, items, decode);
  }

  /** The pages {@code pages} makes, each decoded as it is delivered. */
  static <P, T> Flow.Publisher<Page<T>> pages(
      Supplier<Flow.Publisher<P>> pages, Function<? super P, Page<T>> decode) {
    Flow.Publisher<P> publisher;
    try {
      publisher = pages.get();
    } catch (RuntimeException e) {
      return ItemPublisher.failed(e);
    }
    return ItemPublisher.items(publisher, List::of, decode);
  }

  @Override
  public String toString() {
    return "AsyncTableIndex[" + requests + "]";
  }
}
