package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dynamo.api.internal.json.IndexProjectionJson;
import io.dynamo.api.internal.json.ProvisionedThroughputJson;
import io.dynamo.api.internal.json.SseSpecificationJson;
import io.dynamo.api.internal.json.StreamSpecificationJson;
import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.ProvisionedThroughput;
import io.dynamo.api.model.SseSpecification;
import io.dynamo.api.model.StreamSpecification;
import io.dynamo.api.model.Tag;
import java.io.IOException;
import java.util.List;

/** Writes the table-schema members shared by CreateTable, UpdateTable and TagResource. */
final class SchemaWrites {
  private SchemaWrites() {}

  static void keySchema(JsonGenerator g, AttributeDefinition hash, AttributeDefinition range)
      throws IOException {
    g.writeArrayFieldStart("KeySchema");
    keyElement(g, hash.attributeName(), "HASH");
    if (range != null) {
      keyElement(g, range.attributeName(), "RANGE");
    }
    g.writeEndArray();
  }

  private static void keyElement(JsonGenerator g, String name, String type) throws IOException {
    g.writeStartObject();
    g.writeStringField("AttributeName", name);
    g.writeStringField("KeyType", type);
    g.writeEndObject();
  }

  static void attributeDefinitions(JsonGenerator g, List<AttributeDefinition> definitions)
      throws IOException {
    if (definitions.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("AttributeDefinitions");
    for (AttributeDefinition d : definitions) {
      g.writeStartObject();
      g.writeStringField("AttributeName", d.attributeName());
      g.writeStringField("AttributeType", d.attributeType().value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void projection(JsonGenerator g, IndexProjection projection) throws IOException {
    g.writeFieldName("Projection");
    IndexProjectionJson.write(g, projection);
  }

  static void throughput(JsonGenerator g, ProvisionedThroughput throughput) throws IOException {
    if (throughput != null) {
      g.writeFieldName("ProvisionedThroughput");
      ProvisionedThroughputJson.write(g, throughput);
    }
  }

  /** The members of a GSI (inside an object the caller opened). */
  static void globalIndex(JsonGenerator g, GlobalIndex index) throws IOException {
    g.writeStringField("IndexName", index.indexName());
    keySchema(g, index.hashKey(), index.rangeKey());
    projection(g, index.projection());
    throughput(g, index.provisionedThroughput());
  }

  static void tags(JsonGenerator g, List<Tag> tags) throws IOException {
    if (tags.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("Tags");
    for (Tag t : tags) {
      g.writeStartObject();
      g.writeStringField("Key", t.key());
      g.writeStringField("Value", t.value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void stream(JsonGenerator g, StreamSpecification stream) throws IOException {
    if (stream != null) {
      g.writeFieldName("StreamSpecification");
      StreamSpecificationJson.write(g, stream);
    }
  }

  static void sse(JsonGenerator g, SseSpecification sse) throws IOException {
    if (sse != null) {
      g.writeFieldName("SSESpecification");
      SseSpecificationJson.write(g, sse);
    }
  }
}
