package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.DeleteItemResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** DeleteItem over the wire. */
final class DeleteItemSpec implements OperationSpec<DeleteItemRequest, DeleteItemResponse> {

  @Override
  public Operation operation() {
    return Operation.DELETE_ITEM;
  }

  @Override
  public byte[] write(DeleteItemRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeStringField("TableName", r.tableName());
          Writes.item(g, "Key", r.key());
          Writes.string(g, "ConditionExpression", r.conditionExpression());
          Writes.names(g, r.expressionAttributeNames(), r.expressionAttributeValues());
          Writes.returns(
              g,
              r.returnValues(),
              r.returnConsumedCapacity(),
              r.returnItemCollectionMetrics(),
              r.returnValuesOnConditionCheckFailure());
        });
  }

  @Override
  public DeleteItemResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return ItemReads.writeResult(body, registry, DeleteItemResponse::new);
  }
}
