package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.CreateTableResponse;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.LocalIndex;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** CreateTable over the wire. */
final class CreateTableSpec implements OperationSpec<CreateTableRequest, CreateTableResponse> {

  @Override
  public Operation operation() {
    return Operation.CREATE_TABLE;
  }

  @Override
  public byte[] write(CreateTableRequest r) throws IOException {
    return Writes.object(
        g -> {
          g.writeStringField("TableName", r.tableName());
          SchemaWrites.attributeDefinitions(g, r.attributeDefinitions());
          SchemaWrites.keySchema(g, r.hashKey(), r.rangeKey());
          Writes.enumValue(g, "BillingMode", r.billingMode());
          SchemaWrites.throughput(g, r.provisionedThroughput());
          if (!r.globalSecondaryIndexes().isEmpty()) {
            g.writeArrayFieldStart("GlobalSecondaryIndexes");
            for (GlobalIndex index : r.globalSecondaryIndexes()) {
              g.writeStartObject();
              SchemaWrites.globalIndex(g, index);
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          if (!r.localSecondaryIndexes().isEmpty()) {
            g.writeArrayFieldStart("LocalSecondaryIndexes");
            for (LocalIndex index : r.localSecondaryIndexes()) {
              g.writeStartObject();
              g.writeStringField("IndexName", index.indexName());
              SchemaWrites.keySchema(g, r.hashKey(), index.rangeKey());
              SchemaWrites.projection(g, index.projection());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          SchemaWrites.stream(g, r.streamSpecification());
          SchemaWrites.sse(g, r.sseSpecification());
          SchemaWrites.tags(g, r.tags());
          Writes.enumValue(g, "TableClass", r.tableClass());
          Writes.bool(g, "DeletionProtectionEnabled", r.deletionProtectionEnabled());
        });
  }

  @Override
  public CreateTableResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return new CreateTableResponse(TableJson.description(body, "TableDescription"));
  }
}
