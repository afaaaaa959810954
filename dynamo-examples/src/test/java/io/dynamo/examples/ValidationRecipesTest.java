package io.dynamo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's validation recipe against dynalite: what it prints is what it says. */
class ValidationRecipesTest {
  private static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", "secret");

  @Test
  void invalidRequestsAndItemsAreRefusedValidOnesStored() {
    try (Dynalite dynalite = Dynalite.start();
        DynamoClient db =
            DynamoClient.builder().endpoint(dynalite.endpoint()).credentials(CREDENTIALS).build()) {
      db.createTable(
          CreateTableRequest.builder()
              .table("orders")
              .hashKey("id", ScalarType.S)
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .build());
      List<String> seen = ValidationRecipes.validation(dynalite.endpoint(), CREDENTIALS, "orders");
      assertEquals(
          List.of(
              "ConditionExpression: uses #s, which is not declared in ExpressionAttributeNames"
                  + " ('#s = :new')",
              "ExpressionAttributeValues[:old]: is not used in any expression of the request;"
                  + " DynamoDB rejects unused ones (':old')",
              "Item: has attribute 'id' of type N, but the table's partition key is S (Item of 2"
                  + " attributes, 13 bytes)",
              "Item.id NotBlank",
              "Item.lines Min",
              "Item.ship.zip Pattern"),
          seen);
      assertEquals("12345", db.getItem("orders", Key.of("id", "order-1")).item().getString("zip"));
      assertEquals(
          1, db.scanAll(io.dynamo.api.model.ScanRequest.builder().table("orders").build()).count());
    }
  }
}
