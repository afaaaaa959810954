package io.dynamo.api.internal;

import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BatchWriteItemResponse;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.DeleteItemResponse;
import io.dynamo.api.model.DeleteTableRequest;
import io.dynamo.api.model.DescribeTableRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.PutItemResponse;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.api.model.TransactGetItemsResponse;
import io.dynamo.api.model.TransactWriteItemsResponse;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateItemResponse;
import io.dynamo.api.model.UpdateTableRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What listeners are told about a call, taken from its typed request and response records (their
 * accessors: nothing is parsed), or, for a raw call, from the few bytes that open its JSON.
 *
 * <p>Only the records' accessors are read here, so a change of the model touches this file alone.
 */
final class RequestFacts {
  private RequestFacts() {}

  /** Fills {@code o} from the typed request {@code typed}, or from {@code body} if it is null. */
  static void fill(Observation o, Object typed, byte[] body) {
    if (typed == null) {
      String table = leadingTableName(body);
      o.tableNames = table == null ? List.of() : List.of(table);
    } else if (typed instanceof GetItemRequest r) {
      o.tableNames = List.of(r.tableName());
      o.consistentRead = r.consistentRead();
      o.projection = r.projectionExpression();
    } else if (typed instanceof PutItemRequest r) {
      o.tableNames = List.of(r.tableName());
    } else if (typed instanceof UpdateItemRequest r) {
      o.tableNames = List.of(r.tableName());
    } else if (typed instanceof DeleteItemRequest r) {
      o.tableNames = List.of(r.tableName());
    } else if (typed instanceof QueryRequest r) {
      o.tableNames = List.of(r.tableName());
      o.indexName = r.indexName();
      o.limit = r.limit();
      o.consistentRead = r.consistentRead();
      o.projection = r.projectionExpression();
      o.scanForward = r.scanIndexForward();
      o.select = r.select() == null ? null : r.select().value();
    } else if (typed instanceof ScanRequest r) {
      o.tableNames = List.of(r.tableName());
      o.indexName = r.indexName();
      o.limit = r.limit();
      o.consistentRead = r.consistentRead();
      o.projection = r.projectionExpression();
      o.select = r.select() == null ? null : r.select().value();
      o.segment = r.segment();
      o.totalSegments = r.totalSegments();
    } else if (typed instanceof BatchGetItemRequest r) {
      o.tableNames = List.copyOf(r.requestItems().keySet());
    } else if (typed instanceof BatchWriteItemRequest r) {
      o.tableNames = List.copyOf(r.requestItems().keySet());
    } else if (typed instanceof DescribeTableRequest r) {
      o.tableNames = List.of(r.tableName());
    } else if (typed instanceof CreateTableRequest r) {
      o.tableNames = List.of(r.tableName());
    } else if (typed instanceof DeleteTableRequest r) {
      o.tableNames = List.of(r.tableName());
    } else if (typed instanceof UpdateTableRequest r) {
      o.tableNames = List.of(r.tableName());
    } else if (typed instanceof ListTablesRequest r) {
      o.limit = r.limit();
    } else {
      // other typed operations: a TableName first in their JSON still names the table
      String table = leadingTableName(body);
      o.tableNames = table == null ? List.of() : List.of(table);
    }
  }

  /** The capacity a typed response reports; empty if none or not a typed response. */
  static List<ConsumedCapacity> consumedCapacity(Object response) {
    if (response instanceof GetItemResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof PutItemResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof QueryResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof UpdateItemResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof DeleteItemResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof ScanResponse r) {
      return one(r.consumedCapacity());
    } else if (response instanceof BatchGetItemResponse r) {
      return r.consumedCapacity();
    } else if (response instanceof BatchWriteItemResponse r) {
      return r.consumedCapacity();
    } else if (response instanceof TransactWriteItemsResponse r) {
      return r.consumedCapacity();
    } else if (response instanceof TransactGetItemsResponse r) {
      return r.consumedCapacity();
    }
    return List.of();
  }

  /** {@code Count} and {@code ScannedCount} of a Query or Scan response, or null. */
  static int[] counts(Object response) {
    if (response instanceof QueryResponse r) {
      return new int[] {r.count(), r.scannedCount()};
    } else if (response instanceof ScanResponse r) {
      return new int[] {r.count(), r.scannedCount()};
    }
    return null;
  }

  private static List<ConsumedCapacity> one(ConsumedCapacity c) {
    return c == null ? List.of() : List.of(c);
  }

  /**
   * The table name if the JSON opens with {@code {"TableName":"..."}} (blanks allowed), as the
   * typed requests and most hand-written ones do; else null. Reads only those bytes.
   */
  static String leadingTableName(byte[] body) {
    if (body == null) {
      return null;
    }
    int i = skipBlanks(body, 0);
    if (i >= body.length || body[i] != '{') {
      return null;
    }
    i = skipBlanks(body, i + 1);
    byte[] key = KEY;
    if (body.length - i < key.length) {
      return null;
    }
    for (int k = 0; k < key.length; k++) {
      if (body[i + k] != key[k]) {
        return null;
      }
    }
    i = skipBlanks(body, i + key.length);
    if (i >= body.length || body[i] != ':') {
      return null;
    }
    i = skipBlanks(body, i + 1);
    if (i >= body.length || body[i] != '"') {
      return null;
    }
    int start = i + 1;
    // table names and ARNs are at most 1024 characters and need no escapes
    for (int j = start; j < body.length && j - start <= 1024; j++) {
      byte b = body[j];
      if (b == '"') {
        return j == start ? null : new String(body, start, j - start, StandardCharsets.UTF_8);
      }
      if (b == '\\' || b < 0x20) {
        return null;
      }
    }
    return null;
  }

  private static final byte[] KEY = "\"TableName\"".getBytes(StandardCharsets.US_ASCII);

  private static int skipBlanks(byte[] body, int i) {
    while (i < body.length
        && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    return i;
  }
}
