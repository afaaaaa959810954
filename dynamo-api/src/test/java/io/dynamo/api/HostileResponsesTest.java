package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.ApiCallTimeoutException;
import io.dynamo.api.error.InvalidResponseException;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Response bodies that are broken, huge in the numbers they hold, deeper than DynamoDB allows or
 * full of users' data: each ends in a result or a typed exception, in time, without the data in the
 * message.
 */
class HostileResponsesTest {
  private static final Key KEY = Key.of("id", "a");
  private static final Duration BOUND = Duration.ofSeconds(5);

  private final FakeTransport t = FakeTransport.create();
  private final DynamoClient db = t.client();

  private static InvalidResponseException invalid(Executable call) {
    return assertTimeoutPreemptively(
        BOUND, () -> assertThrows(InvalidResponseException.class, call));
  }

  @Test
  void anEmptySuccessBodyIsInvalidNotAnEmptyResult() {
    t.respond("");
    InvalidResponseException e = invalid(() -> db.getItem("users", KEY));
    assertTrue(e.getMessage().contains("the body is empty"), e.getMessage());
    t.respond("  ");
    invalid(() -> db.scan(ScanRequest.builder().table("users").build()));
    t.respond("");
    invalid(() -> db.listTables());
    t.respond("[]");
    invalid(() -> db.getItem("users", KEY));
  }

  @Test
  void anEmptySuccessBodyFailsTheAsyncCallToo() {
    t.respond("");
    CompletionException e =
        assertThrows(CompletionException.class, () -> db.async().getItem("users", KEY).join());
    assertTrue(e.getCause() instanceof InvalidResponseException, e.getCause().toString());
  }

  @Test
  void hugeExponentsInTimestampsAndCountsFailAtOnce() {
    for (String number : new String[] {"1e99999999", "-1e99999999", "1E+999999999", "9e400"}) {
      t.respond(
          "{\"Table\":{\"TableName\":\"users\",\"TableStatus\":\"ACTIVE\",\"CreationDateTime\":"
              + number
              + "}}");
      InvalidResponseException e = invalid(() -> db.describeTable("users"));
      assertTrue(e.getMessage().contains("CreationDateTime"), e.getMessage());
      t.respond("{\"Table\":{\"TableName\":\"users\",\"ItemCount\":" + number + "}}");
      invalid(() -> db.describeTable("users"));
      t.respond("{\"Items\":[],\"Count\":" + number + ",\"ScannedCount\":0}");
      invalid(() -> db.scan(ScanRequest.builder().table("users").build()));
    }
  }

  @Test
  void exponentsBeyondAnIntAreOutOfRangeNotAnUnexpectedFailureOfReading() {
    // found by ResponseFuzzTest: Jackson's BigDecimal conversion threw NumberFormatException
    for (String number : new String[] {"1e-2147483649", "1E+2147483648", "-5e2147483648"}) {
      t.respond("{\"Table\":{\"TableName\":\"users\",\"CreationDateTime\":" + number + "}}");
      InvalidResponseException e = invalid(() -> db.describeTable("users"));
      assertTrue(
          e.getMessage().contains("Table.CreationDateTime: number is out of range"),
          e.getMessage());
      t.respond("{\"Table\":{\"TableName\":\"users\",\"ItemCount\":" + number + "}}");
      e = invalid(() -> db.describeTable("users"));
      assertTrue(
          e.getMessage().contains("Table.ItemCount: number is out of range"), e.getMessage());
      t.respond("{\"Items\":[],\"Count\":" + number + ",\"ScannedCount\":0}");
      e = invalid(() -> db.scan(ScanRequest.builder().table("users").build()));
      assertTrue(e.getMessage().contains("Count: number is out of range"), e.getMessage());
    }
  }

  @Test
  void tinyAndFractionalTimestampsAreReadInTime() {
    t.respond(
        "{\"Table\":{\"TableName\":\"users\",\"CreationDateTime\":1e-99999999,"
            + "\"ItemCount\":5.0E0}}");
    var table = assertTimeoutPreemptively(BOUND, () -> db.describeTable("users")).table();
    assertEquals(Instant.EPOCH, table.creationDateTime());
    assertEquals(5, table.itemCount());
    t.respond("{\"Table\":{\"TableName\":\"users\",\"CreationDateTime\":1700000000.1234567891}}");
    assertEquals(
        Instant.ofEpochSecond(1_700_000_000L, 123_456_789),
        db.describeTable("users").table().creationDateTime());
  }

  @Test
  void aValueOfAnUnknownTypeCutOffInTheMiddleIsInvalid() {
    String body = "{\"Item\":{\"id\":{\"S\":\"a\"},\"x\":{\"FUTURE\":\"abcdef\"}}}";
    for (int cut = 1; cut < body.length(); cut++) {
      t.respond(body.substring(0, cut));
      invalid(() -> db.getItem("users", KEY));
    }
    t.respond(body);
    GetItemResponse whole = db.getItem("users", KEY);
    assertEquals(new AttributeValue.Unknown("FUTURE", "\"abcdef\""), whole.item().get("x"));
  }

  @Test
  void itemsDeeperThanDynamoDbsLimitAreReadFromAScanPage() {
    String deep = "{\"L\":[".repeat(40) + "{\"S\":\"x\"}" + "]}".repeat(40);
    t.respond(
        "{\"Items\":[{\"id\":{\"S\":\"a\"},\"doc\":"
            + deep
            + "},{\"id\":{\"S\":\"b\"}}],\"Count\":2,\"ScannedCount\":2}");
    ScanResponse page = db.scan(ScanRequest.builder().table("users").build());
    assertEquals(2, page.items().size());
    assertEquals(deep, page.items().get(0).get("doc").toString());
  }

  @Test
  void itemValuesStayOutOfTheMessageWhichShowsTheBodysStructure() {
    t.respond(
        "{\"Item\":{\"id\":{\"S\":\"alice-secret-1234\"},\"card\":{\"N\":\"41111111111111111111111111111111111111111\"}}}");
    InvalidResponseException e = invalid(() -> db.getItem("users", KEY));
    assertFalse(e.getMessage().contains("alice-secret-1234"), e.getMessage());
    assertFalse(e.getMessage().contains("4111111"), e.getMessage());
    assertTrue(
        e.getMessage().contains("Item.card: number has 41 significant digits"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains("body's structure: {\"Item\":{\"id\":{\"S\":…},\"card\":{\"N\":…}}}"),
        e.getMessage());
    // Jackson quotes the token it trips over: that text stays out too
    t.respond("{\"Item\":{\"id\":{\"S\":\"a\"},\"pin\":{\"N\":9876543210x}}}");
    e = invalid(() -> db.getItem("users", KEY));
    assertFalse(e.getMessage().contains("9876543210"), e.getMessage());
    t.respond("{\"Item\":{\"id\":{\"S\":hunter2secret}}}");
    e = invalid(() -> db.getItem("users", KEY));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertTrue(e.getMessage().contains("Item.id: invalid JSON at line 1, column"), e.getMessage());
  }

  @Test
  void aBodyTooLargeToReadInTheCallTimeoutEndsTheCallWithTheTimeout() {
    StringBuilder body = new StringBuilder("{\"Items\":[");
    for (int i = 0; i < 400_000; i++) {
      body.append(i == 0 ? "" : ",").append("{\"id\":{\"S\":\"").append(i).append("\"}}");
    }
    body.append("],\"Count\":400000,\"ScannedCount\":400000}");
    t.respond(body.toString());
    DynamoClient quick =
        DynamoClient.builder()
            .endpoint("http://127.0.0.1:8000")
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
            .transport(t)
            .retryPolicy(RetryPolicy.none())
            .callTimeout(Duration.ofMillis(20))
            .build();
    ApiCallTimeoutException e =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                assertThrows(
                    ApiCallTimeoutException.class,
                    () -> quick.scan(ScanRequest.builder().table("users").build())));
    assertTrue(e.getMessage().contains("while reading its response"), e.getMessage());
  }
}
