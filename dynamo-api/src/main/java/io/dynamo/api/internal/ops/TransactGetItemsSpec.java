package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.TransactGetItem;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactGetItemsResponse;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import io.dynamo.codec.internal.json.AttributeJsonReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * TransactGetItems over the wire. {@code Responses} has one {@code ItemResponse} per read, in
 * order; one without {@code Item} (or a JSON null, which DynamoDB's documentation allows) is read
 * as a null item, keeping the indexes aligned.
 */
final class TransactGetItemsSpec
    implements OperationSpec<TransactGetItemsRequest, TransactGetItemsResponse> {

  @Override
  public Operation operation() {
    return Operation.TRANSACT_GET_ITEMS;
  }

  @Override
  public byte[] write(TransactGetItemsRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeArrayFieldStart("TransactItems");
          List<TransactGetItem> gets = r.transactItems();
          for (int i = 0; i < gets.size(); i++) {
            TransactGetItem get = gets.get(i);
            g.writeStartObject();
            g.writeObjectFieldStart("Get");
            try {
              g.writeStringField("TableName", get.tableName());
              Writes.item(g, "Key", get.key());
              Writes.string(g, "ProjectionExpression", get.projectionExpression());
              Writes.names(g, get.expressionAttributeNames(), Map.of());
            } catch (CodecException e) {
              throw e.inside("Get").inside(i).inside("TransactItems");
            }
            g.writeEndObject();
            g.writeEndObject();
          }
          g.writeEndArray();
          Writes.enumValue(g, "ReturnConsumedCapacity", r.returnConsumedCapacity());
        });
  }

  /** The fields of the output as they are read. */
  private static final class Output {
    List<Item> responses;
    List<ConsumedCapacity> capacity;
  }

  @Override
  public TransactGetItemsResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return Reads.parse(
        body,
        r -> {
          JsonParser p = r.parser();
          Output o = new Output();
          Reads.object(
              p,
              f -> {
                switch (f) {
                  case "Responses" -> o.responses = Reads.list(p, () -> itemResponse(r, registry));
                  case "ConsumedCapacity" -> o.capacity = CapacityReads.consumedList(r);
                  default -> {
                    return false;
                  }
                }
                return true;
              });
          return new TransactGetItemsResponse(o.responses, o.capacity);
        });
  }

  /** One {@code ItemResponse}: its {@code Item}, or null when it has none. */
  private static Item itemResponse(AttributeJsonReader r, CodecRegistry registry)
      throws IOException {
    JsonParser p = r.parser();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Item[] item = new Item[1];
    Reads.object(
        p,
        f -> {
          if (!f.equals("Item")) {
            return false;
          }
          item[0] = Reads.item(r, registry);
          return true;
        });
    return item[0];
  }
}
