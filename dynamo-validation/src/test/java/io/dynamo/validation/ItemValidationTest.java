package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.Table;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * User types annotated with standard constraints are validated before they are encoded, wherever a
 * {@code Table} or an {@code ItemCodec} wrapped by the validation is used, with paths under {@code
 * Item} and values shown by type and size unless asked.
 */
class ItemValidationTest {
  record Address(@NotBlank String street, @Pattern(regexp = "[0-9]{5}") String zip) {}

  record Customer(
      @NotNull @Size(min = 1, max = 20) String id,
      @Email String email,
      @Min(0) int orders,
      @NotNull @Valid Address address) {}

  static final ItemCodec<Customer> CUSTOMER =
      ItemCodec.of(
          (c, w) ->
              w.string("id", c.id())
                  .string("email", c.email())
                  .number("orders", c.orders())
                  .string("street", c.address().street())
                  .string("zip", c.address().zip()),
          r ->
              new Customer(
                  r.getString("id"),
                  r.getString("email"),
                  r.getInt("orders"),
                  new Address(r.getString("street"), r.getString("zip"))));

  /** The same, stored under the key pk = "customer", sk = 0 of the dynalite test's table. */
  static final ItemCodec<Customer> CUSTOMER_WITH_KEYS =
      ItemCodec.of(
          (c, w) -> {
            w.string("pk", "customer").number("sk", 0);
            CUSTOMER.toItem(c).attributes().forEach(w::attribute);
          },
          CUSTOMER::fromItem);

  static final Customer GOOD =
      new Customer("c1", "ivan@example.com", 3, new Address("Main St 1", "12345"));
  static final Customer BAD = new Customer("", "not-an-email", -1, new Address(" ", "1234-secret"));

  @Test
  void aTableValidatesItsValuesBeforeEncodingThem() {
    try (Stubbed stub = new Stubbed()) {
      Table<Customer> customers = stub.db.table("customers", CUSTOMER);
      customers.put(GOOD);
      assertEquals(1, stub.server.requestCount());

      RequestValidationException e =
          assertThrows(RequestValidationException.class, () -> customers.put(BAD));
      assertEquals(
          List.of(
              "Item.address.street", "Item.address.zip", "Item.email", "Item.id", "Item.orders"),
          Stubbed.paths(e.violations()));
      assertEquals(1, stub.server.requestCount(), "an invalid item was sent");
      Violation zip = e.violations().get(1);
      assertEquals("Pattern", zip.constraint());
      assertEquals("String of 11 characters", zip.value());
      assertFalse(e.getMessage().contains("secret"), e::getMessage);
      assertFalse(e.getMessage().contains("not-an-email"), e::getMessage);
    }
  }

  @Test
  void theAsynchronousTableToo() {
    try (Stubbed stub = new Stubbed()) {
      CompletionException e =
          assertThrows(
              CompletionException.class,
              () -> stub.db.async().table("customers", CUSTOMER).put(BAD).join());
      assertTrue(e.getCause() instanceof RequestValidationException, e::toString);
      assertEquals(0, stub.server.requestCount());
    }
  }

  @Test
  void aCodecWrappedByTheValidationValidatesWhereverItIsUsed() {
    DynamoValidation validation = DynamoValidation.create();
    ItemCodec<Customer> checked = validation.validating(CUSTOMER);
    Item item = checked.toItem(GOOD);
    assertEquals("c1", item.getString("id"));
    RequestValidationException e =
        assertThrows(RequestValidationException.class, () -> checked.toItem(BAD));
    assertEquals(5, e.violations().size());
    assertEquals(List.of(), validation.checkItem(GOOD));
  }

  @Test
  void valuesAreShownOnlyWhenAskedFor() {
    DynamoValidation showing = DynamoValidation.builder().valuesInMessages(true).build();
    List<Violation> violations = showing.checkItem(BAD);
    assertEquals("'1234-secret'", violations.get(1).value());
  }

  @Test
  void theUsersOwnValidatorIsUsedForItems() {
    Validator own =
        jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    DynamoValidation validation = DynamoValidation.builder().validator(own).build();
    assertEquals(5, validation.checkItem(BAD).size());
  }
}
