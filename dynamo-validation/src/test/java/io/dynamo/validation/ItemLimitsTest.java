package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.validation.internal.Sizes;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's limits on items and keys beyond its model: 400 KB per item as DynamoDB counts it
 * (names and values), 2048 bytes per partition key value and 1024 per sort key value, 32 levels of
 * nesting, key attributes that are non-empty scalars.
 */
class ItemLimitsTest {
  private final Stubbed stub =
      new Stubbed(
          DynamoValidation.builder()
              .keySchema("events", KeySchema.of("pk", ScalarType.S, "sk", ScalarType.S))
              .build());

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void anItemIsAtMost400KbNamesAndValuesCounted() {
    // 409,600 bytes in all: "id" (2) + "o1" (2) + "data" (4) + 409,592 characters
    Item exactly = Item.of("id", "o1", "data", "x".repeat(409_592));
    assertEquals(Sizes.MAX_ITEM_BYTES, Sizes.ofAttributes(exactly.attributes()));
    stub.accepted(PutItemRequest.of("orders", exactly));

    Item over = Item.of("id", "o1", "data", "x".repeat(409_593));
    stub.server.clear();
    RequestValidationException e = stub.refused(PutItemRequest.of("orders", over), "Item");
    Violation v = e.violations().get(0);
    assertEquals("ITEM_SIZE", v.constraint());
    assertEquals("Item of 2 attributes, 409601 bytes", v.value());
    assertFalse(e.getMessage().contains("xxxx"), "the value is not in the message");
  }

  @Test
  void multiByteCharactersCountAsTheirUtf8Bytes() {
    // 'é' is 2 bytes: 204,796 of them and the 8 bytes of names and id are 409,600
    Item exactly = Item.of("id", "o1", "data", "é".repeat(204_796));
    assertEquals(Sizes.MAX_ITEM_BYTES, Sizes.ofAttributes(exactly.attributes()));
    assertTrue(stub.validation.check(PutItemRequest.of("orders", exactly)).isEmpty());
    assertEquals(
        1,
        stub.validation
            .check(PutItemRequest.of("orders", Item.of("id", "o1", "data", "é".repeat(204_797))))
            .size());
  }

  @Test
  void keyValuesAreAtMost2048And1024Bytes() {
    String pk2048 = "p".repeat(2048);
    String sk1024 = "s".repeat(1024);
    stub.accepted(GetItemRequest.of("events", Key.of("pk", pk2048, "sk", sk1024)));
    stub.server.clear();
    RequestValidationException e =
        stub.refused(
            GetItemRequest.of("events", Key.of("pk", pk2048 + "p", "sk", sk1024 + "s")),
            "Key",
            "Key");
    assertEquals(
        Set.of("PARTITION_KEY_SIZE", "SORT_KEY_SIZE"),
        Set.copyOf(e.violations().stream().map(Violation::constraint).toList()));
    // without a key schema any key attribute is held to the partition key's 2048
    stub.refused(GetItemRequest.of("orders", Key.of("id", "p".repeat(2049))), "Key");
    stub.refused(PutItemRequest.of("events", Item.of("pk", "p", "sk", sk1024 + "s")), "Item");
  }

  @Test
  void listsAndMapsNestAtMost32Levels() {
    stub.accepted(
        PutItemRequest.of(
            "orders", Item.from(Map.of("id", AttributeValue.s("o1"), "deep", nested(32)))));
    stub.server.clear();
    RequestValidationException e =
        stub.refused(
            PutItemRequest.of(
                "orders", Item.from(Map.of("id", AttributeValue.s("o1"), "deep", nested(33)))),
            "Item");
    assertEquals("NESTING", e.violations().get(0).constraint());
  }

  @Test
  void keyAttributesOfItemsAreNotEmpty() {
    // keys are checked when made (io.dynamo.codec.Key); items put are checked here
    RequestValidationException e =
        stub.refused(PutItemRequest.of("events", Item.of("pk", "", "sk", "s")), "Item");
    assertEquals("KEY_TYPE", e.violations().get(0).constraint());
    stub.accepted(PutItemRequest.of("events", Item.of("pk", "p", "sk", "s", "note", "")));
  }

  private static AttributeValue nested(int levels) {
    AttributeValue v = AttributeValue.s("bottom");
    for (int i = 0; i < levels; i++) {
      v = i % 2 == 0 ? AttributeValue.l(v) : AttributeValue.m(Map.of("in", v));
    }
    return v;
  }
}
