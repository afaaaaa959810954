package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** Scan over the wire. */
final class ScanSpec implements OperationSpec<ScanRequest, ScanResponse> {

  @Override
  public Operation operation() {
    return Operation.SCAN;
  }

  @Override
  public byte[] write(ScanRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeStringField("TableName", r.tableName());
          Writes.string(g, "IndexName", r.indexName());
          Writes.string(g, "FilterExpression", r.filterExpression());
          Writes.string(g, "ProjectionExpression", r.projectionExpression());
          Writes.names(g, r.expressionAttributeNames(), r.expressionAttributeValues());
          Writes.enumValue(g, "Select", r.select());
          Writes.number(g, "Limit", r.limit());
          Writes.bool(g, "ConsistentRead", r.consistentRead());
          Writes.item(g, "ExclusiveStartKey", r.exclusiveStartKey());
          Writes.number(g, "Segment", r.segment());
          Writes.number(g, "TotalSegments", r.totalSegments());
          Writes.enumValue(g, "ReturnConsumedCapacity", r.returnConsumedCapacity());
        });
  }

  @Override
  public ScanResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return ItemReads.page(body, registry, ScanResponse::new);
  }
}
