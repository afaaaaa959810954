package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.BillingModeSummary;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.KeySchemaElement;
import io.dynamo.api.model.KeyType;
import io.dynamo.api.model.ProjectionType;
import io.dynamo.api.model.ProvisionedThroughputDescription;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.StreamSpecification;
import io.dynamo.api.model.StreamViewType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Reads the small structures of table descriptions. */
final class TableReads {
  private TableReads() {}

  static List<KeySchemaElement> keySchema(JsonParser p) throws IOException {
    return Reads.list(
        p,
        () -> {
          String[] name = new String[1];
          KeyType[] type = new KeyType[1];
          Reads.object(
              p,
              f -> {
                switch (f) {
                  case "AttributeName" -> name[0] = Reads.string(p);
                  case "KeyType" -> type[0] = Reads.enumValue(p, KeyType::valueOf, null);
                  default -> {
                    return false;
                  }
                }
                return true;
              });
          return new KeySchemaElement(name[0], type[0]);
        });
  }

  static List<AttributeDefinition> attributeDefinitions(JsonParser p) throws IOException {
    return Reads.list(
        p,
        () -> {
          String[] name = new String[1];
          ScalarType[] type = new ScalarType[1];
          Reads.object(
              p,
              f -> {
                switch (f) {
                  case "AttributeName" -> name[0] = Reads.string(p);
                  case "AttributeType" -> type[0] = Reads.enumValue(p, ScalarType::valueOf, null);
                  default -> {
                    return false;
                  }
                }
                return true;
              });
          return new AttributeDefinition(name[0], type[0]);
        });
  }

  static IndexProjection projection(JsonParser p) throws IOException {
    ProjectionType[] type = new ProjectionType[1];
    List<?>[] attributes = new List<?>[] {List.of()};
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "ProjectionType" -> type[0] = Reads.enumValue(p, ProjectionType::valueOf, null);
            case "NonKeyAttributes" -> attributes[0] = Reads.strings(p);
            default -> {
              return false;
            }
          }
          return true;
        });
    if (type[0] == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) attributes[0];
    return new IndexProjection(type[0], type[0] == ProjectionType.INCLUDE ? names : List.of());
  }

  static ProvisionedThroughputDescription throughput(JsonParser p) throws IOException {
    long[] units = new long[3];
    Instant[] times = new Instant[2];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "ReadCapacityUnits" -> units[0] = Reads.longValue(p);
            case "WriteCapacityUnits" -> units[1] = Reads.longValue(p);
            case "NumberOfDecreasesToday" -> units[2] = Reads.longValue(p);
            case "LastIncreaseDateTime" -> times[0] = Reads.instant(p);
            case "LastDecreaseDateTime" -> times[1] = Reads.instant(p);
            default -> {
              return false;
            }
          }
          return true;
        });
    return new ProvisionedThroughputDescription(units[0], units[1], units[2], times[0], times[1]);
  }

  static BillingModeSummary billingModeSummary(JsonParser p) throws IOException {
    BillingMode[] mode = new BillingMode[1];
    Instant[] when = new Instant[1];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "BillingMode" -> mode[0] = Reads.enumValue(p, BillingMode::valueOf, null);
            case "LastUpdateToPayPerRequestDateTime" -> when[0] = Reads.instant(p);
            default -> {
              return false;
            }
          }
          return true;
        });
    return new BillingModeSummary(mode[0], when[0]);
  }

  static StreamSpecification stream(JsonParser p) throws IOException {
    boolean[] enabled = new boolean[1];
    StreamViewType[] type = new StreamViewType[1];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "StreamEnabled" -> enabled[0] = Reads.bool(p);
            case "StreamViewType" -> type[0] = Reads.enumValue(p, StreamViewType::valueOf, null);
            default -> {
              return false;
            }
          }
          return true;
        });
    return enabled[0] && type[0] == null
        ? null
        : new StreamSpecification(enabled[0], enabled[0] ? type[0] : null);
  }
}
