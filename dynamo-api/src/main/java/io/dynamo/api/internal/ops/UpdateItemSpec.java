package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateItemResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** UpdateItem over the wire. */
final class UpdateItemSpec implements OperationSpec<UpdateItemRequest, UpdateItemResponse> {

  @Override
  public Operation operation() {
    return Operation.UPDATE_ITEM;
  }

  @Override
  public byte[] write(UpdateItemRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeStringField("TableName", r.tableName());
          Writes.item(g, "Key", r.key());
          Writes.string(g, "UpdateExpression", r.updateExpression());
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
  public UpdateItemResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return ItemReads.writeResult(body, registry, UpdateItemResponse::new);
  }
}
