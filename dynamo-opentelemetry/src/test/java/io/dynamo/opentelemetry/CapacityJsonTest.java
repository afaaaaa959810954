package io.dynamo.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.model.Capacity;
import io.dynamo.api.model.ConsumedCapacity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacityJsonTest {

  @Test
  void writesTheFieldsDynamoDbReported() {
    assertEquals(
        "{\"TableName\":\"users\",\"CapacityUnits\":0.5}",
        CapacityJson.write(new ConsumedCapacity("users", 0.5, null, null, null, null, null, null)));
  }

  @Test
  void writesSharesOfTheTableAndIndexes() {
    Map<String, Capacity> global = new LinkedHashMap<>();
    global.put("by-name", Capacity.builder().capacityUnits(1.0).readCapacityUnits(1.0).build());
    global.put("by-\"age\"", Capacity.builder().capacityUnits(2.0).writeCapacityUnits(2.0).build());
    assertEquals(
        "{\"TableName\":\"t\",\"CapacityUnits\":4.0,\"ReadCapacityUnits\":1.0,"
            + "\"WriteCapacityUnits\":2.0,\"Table\":{\"CapacityUnits\":1.0},"
            + "\"GlobalSecondaryIndexes\":{\"by-name\":{\"CapacityUnits\":1.0,"
            + "\"ReadCapacityUnits\":1.0},\"by-\\\"age\\\"\":{\"CapacityUnits\":2.0,"
            + "\"WriteCapacityUnits\":2.0}}}",
        CapacityJson.write(
            new ConsumedCapacity(
                "t",
                4.0,
                1.0,
                2.0,
                Capacity.builder().capacityUnits(1.0).build(),
                null,
                global,
                null)));
  }

  @Test
  void anEntryWithoutATableIsStillAnObject() {
    assertEquals(
        "{}",
        CapacityJson.write(new ConsumedCapacity(null, null, null, null, null, null, null, null)));
  }
}
