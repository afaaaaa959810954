package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.BillingModeSummary;
import io.dynamo.api.model.GlobalSecondaryIndexDescription;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.IndexStatus;
import io.dynamo.api.model.KeySchemaElement;
import io.dynamo.api.model.LocalSecondaryIndexDescription;
import io.dynamo.api.model.ProvisionedThroughputDescription;
import io.dynamo.api.model.StreamSpecification;
import io.dynamo.api.model.TableClass;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Reads DynamoDB's {@code TableDescription} and its index descriptions. */
final class TableDescriptionReads {
  private TableDescriptionReads() {}

  static TableDescription table(JsonParser p) throws IOException {
    Table t = new Table();
    Reads.object(p, name -> t.field(name, p));
    return new TableDescription(
        t.name,
        t.arn,
        t.id,
        t.status,
        t.keySchema,
        t.definitions,
        t.created,
        t.itemCount,
        t.sizeBytes,
        t.billing,
        t.throughput,
        t.globalIndexes,
        t.localIndexes,
        t.stream,
        t.streamArn,
        t.streamLabel,
        t.tableClass,
        t.deletionProtection);
  }

  /** The fields of a table description as they are read. */
  private static final class Table {
    String name;
    String arn;
    String id;
    TableStatus status;
    List<KeySchemaElement> keySchema;
    List<AttributeDefinition> definitions;
    Instant created;
    long itemCount;
    long sizeBytes;
    BillingModeSummary billing;
    ProvisionedThroughputDescription throughput;
    List<GlobalSecondaryIndexDescription> globalIndexes;
    List<LocalSecondaryIndexDescription> localIndexes;
    StreamSpecification stream;
    String streamArn;
    String streamLabel;
    TableClass tableClass;
    boolean deletionProtection;

    boolean field(String field, JsonParser p) throws IOException {
      switch (field) {
        case "TableName" -> name = Reads.string(p);
        case "TableArn" -> arn = Reads.string(p);
        case "TableId" -> id = Reads.string(p);
        case "TableStatus" ->
            status = Reads.enumValue(p, TableStatus::valueOf, TableStatus.UNKNOWN);
        case "KeySchema" -> keySchema = TableReads.keySchema(p);
        case "AttributeDefinitions" -> definitions = TableReads.attributeDefinitions(p);
        case "CreationDateTime" -> created = Reads.instant(p);
        case "ItemCount" -> itemCount = Reads.longValue(p);
        case "TableSizeBytes" -> sizeBytes = Reads.longValue(p);
        case "BillingModeSummary" -> billing = TableReads.billingModeSummary(p);
        case "ProvisionedThroughput" -> throughput = TableReads.throughput(p);
        case "GlobalSecondaryIndexes" -> globalIndexes = Reads.list(p, () -> globalIndex(p));
        case "LocalSecondaryIndexes" -> localIndexes = Reads.list(p, () -> localIndex(p));
        case "StreamSpecification" -> stream = TableReads.stream(p);
        case "LatestStreamArn" -> streamArn = Reads.string(p);
        case "LatestStreamLabel" -> streamLabel = Reads.string(p);
        case "TableClassSummary" -> tableClass = tableClass(p);
        case "DeletionProtectionEnabled" -> deletionProtection = Reads.bool(p);
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  private static TableClass tableClass(JsonParser p) throws IOException {
    TableClass[] value = new TableClass[1];
    Reads.object(
        p,
        f -> {
          if (!f.equals("TableClass")) {
            return false;
          }
          value[0] = Reads.enumValue(p, TableClass::valueOf, null);
          return true;
        });
    return value[0];
  }

  /** The fields of an index description as they are read. */
  private static final class Index {
    String name;
    List<KeySchemaElement> keySchema;
    IndexProjection projection;
    IndexStatus status;
    boolean backfilling;
    ProvisionedThroughputDescription throughput;
    long sizeBytes;
    long itemCount;
    String arn;

    boolean field(String field, JsonParser p) throws IOException {
      switch (field) {
        case "IndexName" -> name = Reads.string(p);
        case "KeySchema" -> keySchema = TableReads.keySchema(p);
        case "Projection" -> projection = TableReads.projection(p);
        case "IndexStatus" ->
            status = Reads.enumValue(p, IndexStatus::valueOf, IndexStatus.UNKNOWN);
        case "Backfilling" -> backfilling = Reads.bool(p);
        case "ProvisionedThroughput" -> throughput = TableReads.throughput(p);
        case "IndexSizeBytes" -> sizeBytes = Reads.longValue(p);
        case "ItemCount" -> itemCount = Reads.longValue(p);
        case "IndexArn" -> arn = Reads.string(p);
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  private static GlobalSecondaryIndexDescription globalIndex(JsonParser p) throws IOException {
    Index i = new Index();
    Reads.object(p, name -> i.field(name, p));
    return new GlobalSecondaryIndexDescription(
        i.name,
        i.keySchema,
        i.projection,
        i.status,
        i.backfilling,
        i.throughput,
        i.sizeBytes,
        i.itemCount,
        i.arn);
  }

  private static LocalSecondaryIndexDescription localIndex(JsonParser p) throws IOException {
    Index i = new Index();
    Reads.object(p, name -> i.field(name, p));
    return new LocalSecondaryIndexDescription(
        i.name, i.keySchema, i.projection, i.sizeBytes, i.itemCount, i.arn);
  }
}
