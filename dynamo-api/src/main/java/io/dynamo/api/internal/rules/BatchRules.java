package io.dynamo.api.internal.rules;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.Key;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's rules of BatchGetItem and BatchWriteItem beyond its model: table names, how many keys
 * or writes in all, no key twice for a table, a write that is exactly a put or a delete, and the
 * aliases of each table's projection. The generated specs call these once a request is written,
 * before it is sent.
 */
public final class BatchRules {
  private BatchRules() {}

  /** BatchGetItem. */
  public static void checkGet(BatchGetItemRequest r) {
    int total = 0;
    for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
      String at = "RequestItems." + e.getKey();
      Require.tableNameOrArn("RequestItems", e.getKey());
      KeysAndAttributes k = e.getValue();
      Set<Key> seen = new HashSet<>();
      for (Key key : k.keys()) {
        if (!seen.add(key)) {
          throw new InvalidRequestException(
              at + ".Keys",
              "has key " + key + " twice; DynamoDB rejects duplicate keys in a batch");
        }
      }
      total += k.keys().size();
      try {
        Require.expression("ProjectionExpression", k.projectionExpression());
        Expressions.check(
            k.expressionAttributeNames(),
            Map.of(),
            "ProjectionExpression",
            k.projectionExpression());
      } catch (InvalidRequestException x) {
        throw x.inside(at);
      }
    }
    if (total > KeysAndAttributes.MAX_KEYS) {
      throw new InvalidRequestException(
          "RequestItems",
          "has "
              + total
              + " keys; one BatchGetItem reads at most "
              + KeysAndAttributes.MAX_KEYS
              + " keys, so split them into several requests");
    }
  }

  /** BatchWriteItem. */
  public static void checkWrite(BatchWriteItemRequest r) {
    int total = 0;
    for (Map.Entry<String, List<WriteRequest>> e : r.requestItems().entrySet()) {
      Require.tableNameOrArn("RequestItems", e.getKey());
      List<WriteRequest> writes = e.getValue();
      for (int i = 0; i < writes.size(); i++) {
        WriteRequest w = writes.get(i);
        String at = "RequestItems." + e.getKey() + "[" + i + "]";
        if ((w.putRequest() == null) == (w.deleteRequest() == null)) {
          throw new InvalidRequestException(
              at,
              (w.putRequest() == null ? "sets neither" : "sets both")
                  + " PutRequest and DeleteRequest; a write is exactly one of them");
        }
        if (w.putRequest() != null && w.putRequest().item().isEmpty()) {
          throw new InvalidRequestException(
              at + ".PutRequest.Item",
              "has no attributes; an item needs at least its key attributes");
        }
      }
      total += writes.size();
    }
    if (total > BatchWriteItemRequest.MAX_WRITES) {
      throw new InvalidRequestException(
          "RequestItems",
          "has "
              + total
              + " writes; one BatchWriteItem makes 1 to "
              + BatchWriteItemRequest.MAX_WRITES
              + " writes, so split them into several requests");
    }
  }
}
