package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.model.DescribeTimeToLiveRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.TableStatus;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous client sends the same JSON and reads the same answers as the synchronous one.
 */
class AsyncClientTest {
  private static final Key KEY = Key.of("id", "a");

  private final FakeTransport t = FakeTransport.create();
  private final DynamoAsyncClient db = t.client().async();

  @Test
  void callsGoThroughTheSamePipeline() {
    db.putItem("users", Item.of("id", "a", "n", 1)).join();
    Sent.exactly(
        t,
        "PutItem",
        "{\"TableName\":\"users\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}}");

    t.respond("{\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}}");
    Item item =
        db.getItem(GetItemRequest.builder().table("users").key(KEY).project("n").build())
            .join()
            .item();
    assertEquals(1, item.getInt("n"));
    Sent.exactly(
        t,
        "GetItem",
        "{\"TableName\":\"users\",\"Key\":{\"id\":{\"S\":\"a\"}},\"ProjectionExpression\":\"n\"}");

    t.respond("{}");
    assertNull(db.getItem("users", KEY).join().item());

    t.respond("{\"Items\":[{\"id\":{\"S\":\"a\"}}],\"Count\":1,\"ScannedCount\":1}");
    assertEquals(
        1,
        db.query(
                QueryRequest.builder()
                    .table("users")
                    .keyCondition("id = :a")
                    .value(":a", "a")
                    .build())
            .join()
            .count());

    t.respond("{\"Table\":{\"TableName\":\"users\",\"TableStatus\":\"ACTIVE\"}}");
    assertEquals(TableStatus.ACTIVE, db.describeTable("users").join().table().tableStatus());

    assertNull(
        db.tagResource(TagResourceRequest.of("arn:aws:dynamodb:x:1:table/users", Map.of("a", "b")))
            .join());
    db.describeTimeToLive(DescribeTimeToLiveRequest.of("users")).join();
    assertEquals("DescribeTimeToLive", t.lastOperation());
    db.deleteItem("users", KEY).join();
    assertEquals("DeleteItem", t.lastOperation());
  }

  @Test
  void serviceErrorsFailTheFuture() {
    t.respond(
        400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
            + "\"message\":\"Requested resource not found\"}",
        true);
    CompletionException e =
        assertThrows(CompletionException.class, () -> db.getItem("missing", KEY).join());
    assertInstanceOf(ResourceNotFoundException.class, e.getCause());
  }

  @Test
  void handlersSeeTheExceptionTheSyncCallThrowsNotACompletionException() throws Exception {
    String notFound =
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
            + "\"message\":\"Requested resource not found\"}";
    t.respond(400, notFound, true);
    Throwable seen = db.getItem("missing", KEY).handle((v, e) -> e).get();
    assertInstanceOf(ResourceNotFoundException.class, seen);

    t.respond(400, notFound, true);
    seen = db.apiCall(Operation.GET_ITEM, "{}").handle((v, e) -> e).get();
    assertInstanceOf(ResourceNotFoundException.class, seen);

    t.respond("{\"Item\":[]}");
    seen = db.getItem("users", KEY).handle((v, e) -> e).get();
    assertInstanceOf(InvalidResponseException.class, seen);
  }

  @Test
  void badResponsesFailTheFuture() {
    t.respond("{\"Item\":[]}");
    CompletionException e =
        assertThrows(CompletionException.class, () -> db.getItem("users", KEY).join());
    assertInstanceOf(InvalidResponseException.class, e.getCause());
  }
}
