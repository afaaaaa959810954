package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;
import java.util.Map;

/** GetItem over the wire. */
final class GetItemSpec implements OperationSpec<GetItemRequest, GetItemResponse> {

  @Override
  public Operation operation() {
    return Operation.GET_ITEM;
  }

  @Override
  public byte[] write(GetItemRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeStringField("TableName", r.tableName());
          Writes.item(g, "Key", r.key());
          Writes.bool(g, "ConsistentRead", r.consistentRead());
          Writes.string(g, "ProjectionExpression", r.projectionExpression());
          Writes.names(g, r.expressionAttributeNames(), Map.of());
          Writes.enumValue(g, "ReturnConsumedCapacity", r.returnConsumedCapacity());
        });
  }

  @Override
  public GetItemResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return ItemReads.getResult(body, registry, GetItemResponse::new);
  }
}
