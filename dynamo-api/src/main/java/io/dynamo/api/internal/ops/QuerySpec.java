package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** Query over the wire. */
final class QuerySpec implements OperationSpec<QueryRequest, QueryResponse> {

  @Override
  public Operation operation() {
    return Operation.QUERY;
  }

  @Override
  public byte[] write(QueryRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeStringField("TableName", r.tableName());
          Writes.string(g, "IndexName", r.indexName());
          Writes.string(g, "KeyConditionExpression", r.keyConditionExpression());
          Writes.string(g, "FilterExpression", r.filterExpression());
          Writes.string(g, "ProjectionExpression", r.projectionExpression());
          Writes.names(g, r.expressionAttributeNames(), r.expressionAttributeValues());
          Writes.enumValue(g, "Select", r.select());
          Writes.number(g, "Limit", r.limit());
          Writes.bool(g, "ConsistentRead", r.consistentRead());
          Writes.bool(g, "ScanIndexForward", r.scanIndexForward());
          Writes.item(g, "ExclusiveStartKey", r.exclusiveStartKey());
          Writes.enumValue(g, "ReturnConsumedCapacity", r.returnConsumedCapacity());
        });
  }

  @Override
  public QueryResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return ItemReads.page(body, registry, QueryResponse::new);
  }
}
