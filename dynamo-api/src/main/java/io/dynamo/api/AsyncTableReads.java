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
 * What an {@link AsyncTable} and each of its {@link AsyncTableIndex}es share: queries and scans as
 * {@link Flow.Publisher}s of values or of pages, and single pages as futures. A publisher requests
 * a page only once its subscriber wants more than the pages before held; a request the {@code
 * Consumer} leaves invalid is an error of every subscription.
 *
 * @param <T> the type items are mapped to
 */
abstract class AsyncTableReads<T> {
  final DynamoAsyncClient client;
  final TableRequests<T> requests;

  AsyncTableReads(DynamoAsyncClient client, TableRequests<T> requests) {
    this.client = client;
    this.requests = requests;
  }

  /** The values whose key matches {@code keyCondition}, a page requested as demand reaches it. */
  public final Flow.Publisher<T> query(Condition keyCondition) {
    return values(
        () -> client.queryPages(requests.query(keyCondition, b -> {})),
        p -> p.items(),
        requests::value);
  }

  /**
   * The values a query finds, a page requested as the subscriber's demand reaches it. {@code query}
   * gives at least the key condition.
   */
  public final Flow.Publisher<T> query(Consumer<QueryRequest.Builder> query) {
    return values(
        () -> client.queryPages(requests.query(null, query)), p -> p.items(), requests::value);
  }

  /** One page of a query, with the cursor to go on from. */
  public final CompletableFuture<Page<T>> queryPage(Consumer<QueryRequest.Builder> query) {
    return DynamoAsyncClient.later(
        () -> Futures.map(client.query(requests.query(null, query)), requests::page));
  }

  /** The pages of a query, each requested as demand reaches it. */
  public final Flow.Publisher<Page<T>> queryPages(Consumer<QueryRequest.Builder> query) {
    return pages(() -> client.queryPages(requests.query(null, query)), requests::page);
  }

  /** All values, a page requested as the subscriber's demand reaches it. */
  public final Flow.Publisher<T> scan() {
    return scan(b -> {});
  }

  /** The values a scan finds (with a filter, say), a page requested as demand reaches it. */
  public final Flow.Publisher<T> scan(Consumer<ScanRequest.Builder> scan) {
    return values(() -> client.scanPages(requests.scan(scan)), p -> p.items(), requests::value);
  }

  /** One page of a scan, with the cursor to go on from. */
  public final CompletableFuture<Page<T>> scanPage(Consumer<ScanRequest.Builder> scan) {
    return DynamoAsyncClient.later(
        () -> Futures.map(client.scan(requests.scan(scan)), requests::page));
  }

  /** The pages of a scan, each requested as demand reaches it. */
  public final Flow.Publisher<Page<T>> scanPages(Consumer<ScanRequest.Builder> scan) {
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
}
