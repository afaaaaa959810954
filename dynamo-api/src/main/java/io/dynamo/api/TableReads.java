package io.dynamo.api;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScanRequest;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a {@link Table} and each of its {@link TableIndex}es share: queries and scans for values of
 * {@code T}, as lazy streams of values, as pages with a cursor ({@link Page}) and as streams of
 * pages. The requests name the table, and the index if it is one.
 *
 * @param <T> the type items are mapped to
 */
abstract class TableReads<T> {
  final DynamoClient client;
  final TableRequests<T> requests;

  TableReads(DynamoClient client, TableRequests<T> requests) {
    this.client = client;
    this.requests = requests;
  }

  /** The values whose key matches {@code keyCondition}, a page fetched at a time. */
  public final Stream<T> query(Condition keyCondition) {
    return client.queryAll(requests.query(keyCondition, b -> {})).map(requests::value);
  }

  /**
   * The values a query finds, fetched a page at a time as the stream is consumed. {@code query}
   * gives at least the key condition.
   */
  public final Stream<T> query(Consumer<QueryRequest.Builder> query) {
    return client.queryAll(requests.query(null, query)).map(requests::value);
  }

  /** One page of a query: {@code query} gives the key condition, and the cursor to go on from. */
  public final Page<T> queryPage(Consumer<QueryRequest.Builder> query) {
    return requests.page(client.query(requests.query(null, query)));
  }

  /** The pages of a query, each fetched when the stream reaches it. */
  public final Stream<Page<T>> queryPages(Consumer<QueryRequest.Builder> query) {
    return client.queryPages(requests.query(null, query)).map(requests::page);
  }

  /** All values, fetched a page at a time as the stream is consumed. */
  public final Stream<T> scan() {
    return scan(b -> {});
  }

  /** The values a scan finds (with a filter, say), fetched a page at a time. */
  public final Stream<T> scan(Consumer<ScanRequest.Builder> scan) {
    return client.scanAll(requests.scan(scan)).map(requests::value);
  }

  /** One page of a scan, with the cursor to go on from. */
  public final Page<T> scanPage(Consumer<ScanRequest.Builder> scan) {
    return requests.page(client.scan(requests.scan(scan)));
  }

  /** The pages of a scan, each fetched when the stream reaches it. */
  public final Stream<Page<T>> scanPages(Consumer<ScanRequest.Builder> scan) {
    return client.scanPages(requests.scan(scan)).map(requests::page);
  }
}
