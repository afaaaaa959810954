package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.ItemCollectionMetrics;
import io.dynamo.api.model.TransactConditionCheck;
import io.dynamo.api.model.TransactDelete;
import io.dynamo.api.model.TransactPut;
import io.dynamo.api.model.TransactUpdate;
import io.dynamo.api.model.TransactWriteItem;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.TransactWriteItemsResponse;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * TransactWriteItems over the wire. A request without a {@code ClientRequestToken} gets a random
 * UUID here: the body is written once per call and the same bytes are sent on every retry, so the
 * token is the same on each attempt of a call and differs between calls.
 */
final class TransactWriteItemsSpec
    implements OperationSpec<TransactWriteItemsRequest, TransactWriteItemsResponse> {

  @Override
  public Operation operation() {
    return Operation.TRANSACT_WRITE_ITEMS;
  }

  @Override
  public byte[] write(TransactWriteItemsRequest r) throws IOException {
    String token =
        r.clientRequestToken() != null ? r.clientRequestToken() : UUID.randomUUID().toString();
    return Writes.object(
        g -> {
          g.writeArrayFieldStart("TransactItems");
          List<TransactWriteItem> actions = r.transactItems();
          for (int i = 0; i < actions.size(); i++) {
            TransactWriteItem a = actions.get(i);
            String member = TransactRules.member(a);
            g.writeStartObject();
            g.writeObjectFieldStart(member);
            try {
              action(g, a);
            } catch (CodecException e) {
              throw e.inside(member).inside(i).inside("TransactItems");
            }
            g.writeEndObject();
            g.writeEndObject();
          }
          g.writeEndArray();
          Writes.enumValue(g, "ReturnConsumedCapacity", r.returnConsumedCapacity());
          Writes.enumValue(g, "ReturnItemCollectionMetrics", r.returnItemCollectionMetrics());
          g.writeStringField("ClientRequestToken", token);
        });
  }

  private static void action(JsonGenerator g, TransactWriteItem a) throws IOException {
    g.writeStringField("TableName", a.tableName());
    if (a instanceof TransactPut put) {
      Writes.item(g, "Item", put.item());
    } else if (a instanceof TransactUpdate update) {
      Writes.item(g, "Key", update.key());
      Writes.string(g, "UpdateExpression", update.updateExpression());
    } else if (a instanceof TransactDelete delete) {
      Writes.item(g, "Key", delete.key());
    } else {
      Writes.item(g, "Key", ((TransactConditionCheck) a).key());
    }
    Writes.string(g, "ConditionExpression", a.conditionExpression());
    Writes.names(g, a.expressionAttributeNames(), a.expressionAttributeValues());
    Writes.enumValue(
        g, "ReturnValuesOnConditionCheckFailure", a.returnValuesOnConditionCheckFailure());
  }

  /** The fields of the output as they are read. */
  private static final class Output {
    List<ConsumedCapacity> capacity;
    Map<String, List<ItemCollectionMetrics>> metrics;
  }

  @Override
  public TransactWriteItemsResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return Reads.parse(
        body,
        r -> {
          JsonParser p = r.parser();
          Output o = new Output();
          Reads.object(
              p,
              f -> {
                switch (f) {
                  case "ConsumedCapacity" -> o.capacity = CapacityReads.consumedList(r);
                  case "ItemCollectionMetrics" ->
                      o.metrics =
                          Reads.map(
                              p, () -> Reads.list(p, () -> CapacityReads.metrics(r, registry)));
                  default -> {
                    return false;
                  }
                }
                return true;
              });
          return new TransactWriteItemsResponse(o.capacity, o.metrics);
        });
  }
}
