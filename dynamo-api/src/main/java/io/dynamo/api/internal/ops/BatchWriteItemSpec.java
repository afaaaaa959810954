package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BatchWriteItemResponse;
import io.dynamo.api.model.ConsumedCapacity;
import io.dynamo.api.model.ItemCollectionMetrics;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** BatchWriteItem over the wire. */
final class BatchWriteItemSpec
    implements OperationSpec<BatchWriteItemRequest, BatchWriteItemResponse> {

  @Override
  public Operation operation() {
    return Operation.BATCH_WRITE_ITEM;
  }

  @Override
  public byte[] write(BatchWriteItemRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeObjectFieldStart("RequestItems");
          for (Map.Entry<String, List<WriteRequest>> e : r.requestItems().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            List<WriteRequest> writes = e.getValue();
            for (int i = 0; i < writes.size(); i++) {
              try {
                BatchJson.writeRequest(g, writes.get(i));
              } catch (CodecException ex) {
                throw ex.inside(i).inside(e.getKey()).inside("RequestItems");
              }
            }
            g.writeEndArray();
          }
          g.writeEndObject();
          Writes.enumValue(g, "ReturnConsumedCapacity", r.returnConsumedCapacity());
          Writes.enumValue(g, "ReturnItemCollectionMetrics", r.returnItemCollectionMetrics());
        });
  }

  /** The fields of the output as they are read. */
  private static final class Output {
    Map<String, List<WriteRequest>> unprocessed;
    Map<String, List<ItemCollectionMetrics>> metrics;
    List<ConsumedCapacity> capacity;
  }

  @Override
  public BatchWriteItemResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return Reads.parse(
        body,
        r -> {
          JsonParser p = r.parser();
          Output o = new Output();
          Reads.object(
              p,
              f -> {
                switch (f) {
                  case "UnprocessedItems" ->
                      o.unprocessed =
                          Reads.map(
                              p,
                              () -> Reads.list(p, () -> BatchJson.readWriteRequest(r, registry)));
                  case "ItemCollectionMetrics" ->
                      o.metrics =
                          Reads.map(
                              p, () -> Reads.list(p, () -> CapacityReads.metrics(r, registry)));
                  case "ConsumedCapacity" -> o.capacity = CapacityReads.consumedList(r);
                  default -> {
                    return false;
                  }
                }
                return true;
              });
          return new BatchWriteItemResponse(o.unprocessed, o.metrics, o.capacity);
        });
  }
}
