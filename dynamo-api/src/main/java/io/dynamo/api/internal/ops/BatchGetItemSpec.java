package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Item;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** BatchGetItem over the wire. */
final class BatchGetItemSpec implements OperationSpec<BatchGetItemRequest, BatchGetItemResponse> {

  @Override
  public Operation operation() {
    return Operation.BATCH_GET_ITEM;
  }

  @Override
  public byte[] write(BatchGetItemRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeObjectFieldStart("RequestItems");
          for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
            g.writeFieldName(e.getKey());
            try {
              BatchJson.keysAndAttributes(g, e.getValue());
            } catch (CodecException ex) {
              throw ex.inside(e.getKey()).inside("RequestItems");
            }
          }
          g.writeEndObject();
          Writes.enumValue(g, "ReturnConsumedCapacity", r.returnConsumedCapacity());
        });
  }

  /** The fields of the output as they are read. */
  private static final class Output {
    Map<String, List<Item>> responses;
    Map<String, KeysAndAttributes> unprocessed;
    List<ConsumedCapacity> capacity;
  }

  @Override
  public BatchGetItemResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return Reads.parse(
        body,
        r -> {
          JsonParser p = r.parser();
          Output o = new Output();
          Reads.object(
              p,
              f -> {
                switch (f) {
                  case "Responses" -> o.responses = Reads.map(p, () -> Reads.items(r, registry));
                  case "UnprocessedKeys" ->
                      o.unprocessed =
                          Reads.map(p, () -> BatchJson.readKeysAndAttributes(r, registry));
                  case "ConsumedCapacity" -> o.capacity = CapacityReads.consumedList(r);
                  default -> {
                    return false;
                  }
                }
                return true;
              });
          return new BatchGetItemResponse(o.responses, o.unprocessed, o.capacity);
        });
  }
}
