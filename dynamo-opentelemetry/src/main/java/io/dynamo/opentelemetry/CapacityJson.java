package io.dynamo.opentelemetry;

import io.dynamo.api.model.Capacity;
import io.dynamo.api.model.ConsumedCapacity;
import java.util.Map;

/**
 * One {@code ConsumedCapacity} entry as the JSON DynamoDB sends it, for {@code
 * aws.dynamodb.consumed_capacity}: the fields DynamoDB reported (units of 0 and absent shares are
 * left out, as DynamoDB leaves them out).
 */
final class CapacityJson {
  private CapacityJson() {}

  static String write(ConsumedCapacity c) {
    StringBuilder out = new StringBuilder(96).append('{');
    boolean first = true;
    if (c.tableName() != null) {
      out.append("\"TableName\":");
      quote(out, c.tableName());
      first = false;
    }
    first = units(out, first, c.capacityUnits(), c.readCapacityUnits(), c.writeCapacityUnits());
    if (c.table() != null) {
      out.append(first ? "" : ",").append("\"Table\":");
      capacity(out, c.table());
      first = false;
    }
    first = shares(out, first, "LocalSecondaryIndexes", c.localSecondaryIndexes());
    shares(out, first, "GlobalSecondaryIndexes", c.globalSecondaryIndexes());
    return out.append('}').toString();
  }

  private static boolean shares(
      StringBuilder out, boolean first, String name, Map<String, Capacity> shares) {
    if (shares.isEmpty()) {
      return first;
    }
    out.append(first ? "" : ",").append('"').append(name).append("\":{");
    boolean firstShare = true;
    for (Map.Entry<String, Capacity> e : shares.entrySet()) {
      out.append(firstShare ? "" : ",");
      quote(out, e.getKey());
      out.append(':');
      capacity(out, e.getValue());
      firstShare = false;
    }
    out.append('}');
    return false;
  }

  private static void capacity(StringBuilder out, Capacity c) {
    out.append('{');
    units(out, true, c.capacityUnits(), c.readCapacityUnits(), c.writeCapacityUnits());
    out.append('}');
  }

  private static boolean units(
      StringBuilder out, boolean first, Double total, Double read, Double write) {
    first = number(out, first, "CapacityUnits", total);
    first = number(out, first, "ReadCapacityUnits", read);
    return number(out, first, "WriteCapacityUnits", write);
  }

  private static boolean number(StringBuilder out, boolean first, String name, Double value) {
    if (value == null || value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      return first;
    }
    out.append(first ? "" : ",").append('"').append(name).append("\":").append(value);
    return false;
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch < 0x20) {
        out.append(String.format("\\u%04x", (int) ch));
      } else {
        out.append(ch);
      }
    }
    out.append('"');
  }
}
