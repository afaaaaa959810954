package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ThrottlingException;
import io.dynamo.api.error.TransactionCanceledException;
import io.dynamo.api.error.ValidationException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.sign.HttpHeader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Error types are read as the AWS JSON 1.0 protocol (Smithy's awsJson1_0 protocol tests) says: the
 * X-Amzn-Errortype header first, then the body's {@code code}, then {@code __type}; of each, the
 * part before the first {@code :} and after the {@code #}.
 */
class ErrorMapperTest {
  private static DynamoServiceException map(int status, List<HttpHeader> headers, String body) {
    return ErrorMapper.map(
        Operation.PUT_ITEM,
        HttpResponse.of(status, headers, body.getBytes(StandardCharsets.UTF_8)),
        CodecRegistry.defaults());
  }

  @Test
  void readsTheTypeFromEveryPlaceTheProtocolAllows() {
    String url = ":http://internal.amazon.com/coral/com.amazon.coral.validate/";
    List<String> bodies =
        List.of(
            "{\"__type\":\"ValidationException\",\"message\":\"bad\"}",
            "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"bad\"}",
            "{\"__type\":\"ValidationException" + url + "\",\"message\":\"bad\"}",
            "{\"__type\":\"com.amazon.coral.validate#ValidationException" + url + "\"}",
            "{\"code\":\"ValidationException\",\"message\":\"bad\"}",
            "{\"code\":\"com.amazon.coral.validate#ValidationException" + url + "\"}");
    for (String body : bodies) {
      DynamoServiceException e = map(400, List.of(), body);
      assertEquals("ValidationException", e.errorType(), body);
      assertInstanceOf(ValidationException.class, e, body);
    }
    for (String header :
        List.of(
            "ValidationException",
            "ValidationException" + url,
            "com.amazon.coral.validate#ValidationException" + url)) {
      DynamoServiceException e = map(400, List.of(HttpHeader.of("X-Amzn-Errortype", header)), "");
      assertEquals("ValidationException", e.errorType(), header);
      assertInstanceOf(ValidationException.class, e, header);
    }
  }

  @Test
  void theHeaderNamesTheTypeOfAThrottledCallWithAPlainBody() {
    DynamoServiceException e =
        map(
            400,
            List.of(HttpHeader.of("x-amzn-ErrorType", "ThrottlingException")),
            "{\"message\":\"Rate exceeded\"}");
    assertInstanceOf(ThrottlingException.class, e);
    assertEquals("Rate exceeded", e.errorMessage());
    assertEquals(true, e.isRetryable());
  }

  @Test
  void anUnreadableItemDoesNotCostTheErrorItsType() {
    DynamoServiceException e =
        map(
            400,
            List.of(),
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                + "\"message\":\"The conditional request failed\","
                + "\"Item\":{\"n\":{\"N\":\"not a number\"}}}");
    ConditionalCheckFailedException failed =
        assertInstanceOf(ConditionalCheckFailedException.class, e);
    assertEquals("The conditional request failed", failed.errorMessage());
    assertEquals(null, failed.item());

    DynamoServiceException t =
        map(
            400,
            List.of(),
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                + "\"message\":\"Transaction cancelled\",\"CancellationReasons\":[{\"Code\":"
                + "\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Item\":{\"b\":{\"BOOL\":"
                + "\"yes\"}}}]}");
    assertInstanceOf(TransactionCanceledException.class, t);
    assertEquals("Transaction cancelled", t.errorMessage());
  }

  @Test
  void withoutAnyTypeTheStatusDecides() {
    DynamoServiceException e = map(400, List.of(), "{\"message\":\"what\"}");
    assertEquals(null, e.errorType());
    assertEquals("what", e.errorMessage());
  }

  @Test
  void aBadItemOrANullEntryCostsOnlyItsOwnCancellationReason() {
    var e =
        (io.dynamo.api.error.TransactionCanceledException)
            map(
                400,
                List.of(),
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                    + "\"Message\":\"Transaction cancelled\",\"CancellationReasons\":["
                    + "{\"Code\":\"ConditionalCheckFailed\",\"Item\":{\"m\":{\"M\":{\"n\":{\"N\":\"abc\"}}},\"k\":{\"S\":\"x\"}}},"
                    + "null,"
                    + "{\"Code\":\"TransactionConflict\",\"Item\":{\"k\":{\"S\":\"y\"}}}]}");
    assertEquals(3, e.reasons().size());
    assertEquals("ConditionalCheckFailed", e.reasons().get(0).code());
    assertEquals(null, e.reasons().get(0).item());
    assertEquals("None", e.reasons().get(1).code());
    assertEquals("TransactionConflict", e.reasons().get(2).code());
    assertEquals("y", e.reasons().get(2).item().getString("k"));
  }
}
