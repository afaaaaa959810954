package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RequestValidator;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.TableDescription;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The hook opt-in validation plugs into: typed requests are handed to it before they are written,
 * on both clients; what it throws is what the call throws and nothing is sent; a table's values are
 * handed to it before its codec writes them; it is given a way to describe tables once, when the
 * client is built.
 */
class RequestValidatorHookTest {
  record User(String id, String name) {}

  static final ItemCodec<User> USER =
      ItemCodec.of((u, w) -> w.string("id", u.id()).string("name", u.name()), r -> null);

  /** Records what it is given, and refuses requests for the table "refused" and users "bad". */
  static final class Recording implements RequestValidator {
    final List<Object> requests = new ArrayList<>();
    final List<Object> items = new ArrayList<>();
    Function<String, TableDescription> describe;

    @Override
    public synchronized void validateRequest(DynamoRequest<?> request) {
      requests.add(request);
      if (request instanceof PutItemRequest
          && "refused".equals(((PutItemRequest) request).tableName())) {
        throw new InvalidRequestException("TableName", "refused by the validator");
      }
    }

    @Override
    public synchronized void validateItem(Object value) {
      items.add(value);
      if (value instanceof User && "bad".equals(((User) value).name())) {
        throw new InvalidRequestException("Item.name", "refused by the validator");
      }
    }

    @Override
    public RequestValidator connect(Function<String, TableDescription> describeTable) {
      this.describe = describeTable;
      return this;
    }
  }

  private final FakeTransport t = FakeTransport.create();
  private final Recording validator = new Recording();
  private final DynamoClient db =
      DynamoClient.builder()
          .endpoint("http://127.0.0.1:8000")
          .region("us-east-1")
          .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
          .transport(t)
          .retryPolicy(RetryPolicy.none())
          .validation(validator)
          .build();

  @Test
  void typedRequestsAreValidatedBeforeTheyAreSent() {
    PutItemRequest ok = PutItemRequest.of("users", Item.of("id", "1"));
    db.putItem(ok);
    assertSame(ok, validator.requests.get(0));
    assertEquals(1, t.requests().size());

    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> db.putItem(PutItemRequest.of("refused", Item.of("id", "1"))));
    assertEquals("TableName", e.field());
    assertEquals(1, t.requests().size(), "a refused request was sent");
  }

  @Test
  void asynchronousCallsFailWithWhatTheValidatorThrows() {
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> db.async().putItem(PutItemRequest.of("refused", Item.of("id", "1"))).join());
    assertTrue(e.getCause() instanceof InvalidRequestException, e::toString);
    assertEquals(0, t.requests().size());
    t.respond("{}");
    db.async().getItem(GetItemRequest.of("users", Key.of("id", "1"))).join();
    assertEquals(2, validator.requests.size());
  }

  @Test
  void tablesHandTheirValuesToTheValidatorBeforeWriting() {
    db.table("users", USER).put(new User("1", "Ivan"));
    assertEquals(List.of(new User("1", "Ivan")), validator.items);
    assertThrows(
        InvalidRequestException.class, () -> db.table("users", USER).put(new User("2", "bad")));
    assertThrows(
        CompletionException.class,
        () -> db.async().table("users", USER).put(new User("3", "bad")).join());
    assertEquals(1, t.requests().size(), "a refused item was sent");
  }

  @Test
  void theValidatorDescribesTablesThroughTheClientWithoutItself() {
    t.respond("{\"Table\":{\"TableName\":\"users\",\"TableStatus\":\"ACTIVE\"}}");
    TableDescription users = validator.describe.apply("users");
    assertEquals("users", users.tableName());
    assertEquals(1, t.requests().size());
    assertEquals(0, validator.requests.size(), "describing for the validator is not validated");
  }

  @Test
  void derivedClientsKeepTheValidation() {
    assertThrows(
        InvalidRequestException.class,
        () ->
            db.withOptions(
                    io.dynamo.api.call.RequestOptions.builder()
                        .callTimeout(Duration.ofSeconds(5))
                        .build())
                .putItem(PutItemRequest.of("refused", Item.of("id", "1"))));
    assertEquals(0, t.requests().size());
  }

  @Test
  void aCodecRunsItsChecksInOrderBeforeWriting() {
    List<String> seen = new ArrayList<>();
    ItemCodec<User> checked =
        USER.checking(u -> seen.add("first " + u.id())).checking(u -> seen.add("second"));
    Item item = checked.toItem(new User("7", "x"));
    assertEquals(List.of("first 7", "second"), seen);
    assertEquals("7", item.getString("id"));
    assertEquals(List.of("first 8", "second"), checkedUsing(checked, seen));
  }

  private static List<String> checkedUsing(ItemCodec<User> checked, List<String> seen) {
    seen.clear();
    checked.using(io.dynamo.codec.CodecRegistry.defaults()).toItem(new User("8", "x"));
    return seen;
  }
}
