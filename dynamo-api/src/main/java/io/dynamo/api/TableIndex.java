package io.dynamo.api;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScanRequest;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A secondary index of a {@link Table}, queried and scanned for values of {@code T}: {@code
 * orders.index("byCustomer").query(Condition.eq("customer", "c-1"))}. The requests name the table
 * and the index; an index that projects only some attributes gives items the codec must be able to
 * read. Immutable and thread-safe.
 *
 * @param <T> the type items are mapped to
 */
public final class TableIndex<T> {
  private final DynamoClient client;
  private final TableRequests<T> requests;

  TableIndex(DynamoClient client, TableRequests<T> requests) {
    this.client = client;
    this.requests = requests;
  }

  /** The index's name. */
  public String name() {
    return requests.indexName();
  }

  /** The values whose index key matches {@code keyCondition}, a page fetched at a time. */
  public Stream<T> query(Condition keyCondition) {
    return client.queryAll(requests.query(keyCondition, b -> {})).map(requests::value);
  }

  /** The values a query of the index finds; {@code query} gives at least the key condition. */
  public Stream<T> query(Consumer<QueryRequest.Builder> query) {
    return client.queryAll(requests.query(null, query)).map(requests::value);
  }

  /** One page of a query of the index, with the cursor to go on from. */
  public Page<T> queryPage(Consumer<QueryRequest.Builder> query) {
    return requests.page(client.query(requests.query(null, query)));
  }

  /** The pages of a query of the index, each fetched when the stream reaches it. */
  public Stream<Page<T>> queryPages(Consumer<QueryRequest.Builder> query) {
    return client.queryPages(requests.query(null, query)).map(requests::page);
  }

  /** All values in the index, a page fetched at a time. */
  public Stream<T> scan() {
    return scan(b -> {});
  }

  /** The values a scan of the index finds, a page fetched at a time. */
  public Stream<T> scan(Consumer<ScanRequest.Builder> scan) {
    return client.scanAll(requests.scan(scan)).map(requests::value);
  }

  /** One page of a scan of the index, with the cursor to go on from. */
  public Page<T> scanPage(Consumer<ScanRequest.Builder> scan) {
    return requests.page(client.scan(requests.scan(scan)));
  }

  /** The pages of a scan of the index, each fetched when the stream reaches it. */
  public Stream<Page<T>> scanPages(Consumer<ScanRequest.Builder> scan) {
    return client.scanPages(requests.scan(scan)).map(requests::page);
  }

  @Override
  public String toString() {
    return "TableIndex[" + requests + "]";
  }
}
