package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.model.BackupDetails;
import io.dynamo.api.model.BackupStatus;
import io.dynamo.api.model.BackupType;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.KeySchemaElement;
import io.dynamo.api.model.ProvisionedThroughputDescription;
import io.dynamo.api.model.SourceTableDetails;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Reads {@code BackupDetails} and {@code SourceTableDetails}. */
final class BackupReads {
  private BackupReads() {}

  /** The fields of backup details as they are read. */
  private static final class Details {
    String arn;
    String name;
    Long size;
    BackupStatus status;
    BackupType type;
    Instant created;
    Instant expires;

    boolean field(String f, JsonParser p) throws IOException {
      switch (f) {
        case "BackupArn" -> arn = Reads.string(p);
        case "BackupName" -> name = Reads.string(p);
        case "BackupSizeBytes" -> size = Reads.longValue(p);
        case "BackupStatus" ->
            status = Reads.enumValue(p, BackupStatus::valueOf, BackupStatus.UNKNOWN);
        case "BackupType" -> type = Reads.enumValue(p, BackupType::valueOf, BackupType.UNKNOWN);
        case "BackupCreationDateTime" -> created = Reads.instant(p);
        case "BackupExpiryDateTime" -> expires = Reads.instant(p);
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  static BackupDetails details(JsonParser p) throws IOException {
    Details d = new Details();
    Reads.object(p, f -> d.field(f, p));
    return new BackupDetails(d.arn, d.name, d.size, d.status, d.type, d.created, d.expires);
  }

  /** The fields of source table details as they are read. */
  private static final class Source {
    String name;
    String id;
    String arn;
    long size;
    List<KeySchemaElement> keySchema;
    Instant created;
    ProvisionedThroughputDescription throughput;
    long itemCount;
    BillingMode billingMode;

    boolean field(String f, JsonParser p) throws IOException {
      switch (f) {
        case "TableName" -> name = Reads.string(p);
        case "TableId" -> id = Reads.string(p);
        case "TableArn" -> arn = Reads.string(p);
        case "TableSizeBytes" -> size = Reads.longValue(p);
        case "KeySchema" -> keySchema = TableReads.keySchema(p);
        case "TableCreationDateTime" -> created = Reads.instant(p);
        case "ProvisionedThroughput" -> throughput = TableReads.throughput(p);
        case "ItemCount" -> itemCount = Reads.longValue(p);
        case "BillingMode" -> billingMode = Reads.enumValue(p, BillingMode::valueOf, null);
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  static SourceTableDetails source(JsonParser p) throws IOException {
    Source s = new Source();
    Reads.object(p, f -> s.field(f, p));
    return new SourceTableDetails(
        s.name,
        s.id,
        s.arn,
        s.size,
        s.keySchema,
        s.created,
        s.throughput,
        s.itemCount,
        s.billingMode);
  }
}
