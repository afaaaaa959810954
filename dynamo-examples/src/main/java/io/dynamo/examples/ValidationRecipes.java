package io.dynamo.examples;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Table;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.sign.Credentials;
import io.dynamo.validation.DynamoValidation;
import io.dynamo.validation.KeySchema;
import io.dynamo.validation.RequestValidationException;
import io.dynamo.validation.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The README's validation recipe (between {@code tag::} and {@code end::} markers, copied there by
 * {@code scripts/update-readme-snippets}): opt-in Bean Validation of requests and items with {@code
 * dynamo-validation}. Its types are in a package this module opens to Hibernate Validator.
 */
public final class ValidationRecipes {
  private ValidationRecipes() {}

  /** An address, validated inside an order. */
  public record Address(@NotBlank String street, @Pattern(regexp = "[0-9]{5}") String zip) {}

  /** An order with standard constraints. */
  public record Order(@NotBlank String id, @Min(1) int lines, @NotNull @Valid Address ship) {}

  /** How orders are stored. */
  public static final ItemCodec<Order> ORDER =
      ItemCodec.of(
          (o, w) ->
              w.string("id", o.id())
                  .number("lines", o.lines())
                  .string("street", o.ship().street())
                  .string("zip", o.ship().zip()),
          r ->
              new Order(
                  r.getString("id"),
                  r.getInt("lines"),
                  new Address(r.getString("street"), r.getString("zip"))));

  /** Sends an invalid request and writes an invalid order; returns the violations, as text. */
  public static List<String> validation(URI endpoint, Credentials credentials, String table) {
    List<String> seen = new ArrayList<>();
    // tag::validation[]
    DynamoValidation validation =
        DynamoValidation.builder()
            .keySchema(table, KeySchema.of("id", ScalarType.S)) // or .learnKeySchemas(true)
            .build();
    DynamoClient db =
        DynamoClient.builder()
            .endpoint(endpoint)
            .credentials(credentials)
            .validation(validation) // opt in: without it, nothing is validated beyond the basics
            .build();

    try {
      db.putItem(
          PutItemRequest.builder()
              .table(table)
              .item(Item.of("id", 7, "status", "new"))
              .condition("#s = :new")
              .values(Map.of(":new", "new", ":old", "old"))
              .build());
    } catch (RequestValidationException e) { // nothing was sent
      for (Violation v : e.violations()) {
        System.out.println(v);
        seen.add(v.toString());
      }
      // ConditionExpression: uses #s, which is not declared in ExpressionAttributeNames ('#s =
      // :new')
      // ExpressionAttributeValues[:old]: is not used in any expression of the request; DynamoDB
      //   rejects unused ones (':old')
      // Item: has attribute 'id' of type N, but the table's partition key is S (Item of 2
      //   attributes, 13 bytes)
    }

    Table<Order> orders = db.table(table, ORDER);
    orders.put(new Order("order-1", 2, new Address("1 Main St", "12345")));
    try {
      orders.put(new Order(" ", 0, new Address("1 Main St", "1234")));
    } catch (RequestValidationException e) {
      e.violations().forEach(v -> seen.add(v.path() + " " + v.constraint()));
      // Item.id NotBlank, Item.lines Min, Item.ship.zip Pattern
    }
    // end::validation[]
    db.close();
    return seen;
  }
}
