package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.PutItemResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** PutItem over the wire. */
final class PutItemSpec implements OperationSpec<PutItemRequest, PutItemResponse> {

  @Override
  public Operation operation() {
    return Operation.PUT_ITEM;
  }

  @Override
  public byte[] write(PutItemRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeStringField("TableName", r.tableName());
          Writes.item(g, "Item", r.item());
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
  public PutItemResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return ItemReads.writeResult(body, registry, PutItemResponse::new);
  }
}
