package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.ProvisionedThroughput;
import io.dynamo.api.model.UpdateTableRequest;
import io.dynamo.api.model.UpdateTableResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;
import java.util.Map;

/** UpdateTable over the wire. */
final class UpdateTableSpec implements OperationSpec<UpdateTableRequest, UpdateTableResponse> {

  @Override
  public Operation operation() {
    return Operation.UPDATE_TABLE;
  }

  @Override
  public byte[] write(UpdateTableRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeStringField("TableName", r.tableName());
          SchemaWrites.attributeDefinitions(g, r.attributeDefinitions());
          Writes.enumValue(g, "BillingMode", r.billingMode());
          SchemaWrites.throughput(g, r.provisionedThroughput());
          indexUpdates(g, r);
          SchemaWrites.stream(g, r.streamSpecification());
          SchemaWrites.sse(g, r.sseSpecification());
          Writes.enumValue(g, "TableClass", r.tableClass());
          Writes.bool(g, "DeletionProtectionEnabled", r.deletionProtectionEnabled());
        });
  }

  private static void indexUpdates(JsonGenerator g, UpdateTableRequest r) throws IOException {
    if (r.createIndex() == null && r.deleteIndex() == null && r.indexThroughput().isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("GlobalSecondaryIndexUpdates");
    for (Map.Entry<String, ProvisionedThroughput> e : r.indexThroughput().entrySet()) {
      g.writeStartObject();
      g.writeObjectFieldStart("Update");
      g.writeStringField("IndexName", e.getKey());
      SchemaWrites.throughput(g, e.getValue());
      g.writeEndObject();
      g.writeEndObject();
    }
    if (r.createIndex() != null) {
      g.writeStartObject();
      g.writeObjectFieldStart("Create");
      SchemaWrites.globalIndex(g, r.createIndex());
      g.writeEndObject();
      g.writeEndObject();
    }
    if (r.deleteIndex() != null) {
      g.writeStartObject();
      g.writeObjectFieldStart("Delete");
      g.writeStringField("IndexName", r.deleteIndex());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  @Override
  public UpdateTableResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return new UpdateTableResponse(TableJson.description(body, "TableDescription"));
  }
}
