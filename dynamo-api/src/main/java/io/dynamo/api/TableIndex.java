package io.dynamo.api;

/**
 * A secondary index of a {@link Table}, queried and scanned for values of {@code T}: {@code
 * orders.index("byCustomer").query(Condition.eq("customer", "c-1"))}. The requests name the table
 * and the index; an index that projects only some attributes gives items the codec must be able to
 * read. Immutable and thread-safe.
 *
 * @param <T> the type items are mapped to
 */
public final class TableIndex<T> extends TableReads<T> {
  TableIndex(DynamoClient client, TableRequests<T> requests) {
    super(client, requests);
  }

  /** The index's name. */
  public String name() {
    return requests.indexName();
  }

  @Override
  public String toString() {
    return "TableIndex[" + requests + "]";
  }
}
