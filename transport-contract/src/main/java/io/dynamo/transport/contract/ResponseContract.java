package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.text;
import static io.dynamo.transport.contract.ContractFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.spi.HttpResponse;
import io.dynamo.testkit.StubResponse;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a transport reads: status, headers and the whole body, whatever the status. */
interface ResponseContract extends ContractFixture {

  /** Status, headers (looked up ignoring case) and the body bytes come back as sent. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void readsStatusHeadersAndBody(Mode mode) {
    String json = "{\"Item\":{\"name\":{\"S\":\"h\u00e9llo \u65e5\u672c \ud83d\ude00\"}}}";
    stub().enqueue(StubResponse.dynamo(json).withHeader("X-Custom", "custom value"));

    HttpResponse response = mode.send(transport(), post("{}"), TIMEOUT);

    assertEquals(200, response.statusCode());
    assertArrayEquals(utf8(json), response.body());
    assertEquals(Optional.of("custom value"), response.header("x-custom"));
    assertEquals(Optional.of("application/x-amz-json-1.0"), response.header("content-type"));
    assertTrue(response.header("x-amz-crc32").isPresent(), "x-amz-crc32");
    assertTrue(response.header("X-AMZN-REQUESTID").isPresent(), "x-amzn-RequestId");
  }

  /** An empty body comes back as an empty array. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void readsAnEmptyBody(Mode mode) {
    stub().enqueue(StubResponse.of(200));

    HttpResponse response = mode.send(transport(), post("{}"), TIMEOUT);

    assertEquals(200, response.statusCode());
    assertEquals(0, response.body().length);
  }

  /** A 1 MB request body and a 1 MB response body of random bytes arrive intact. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void sendsAndReadsOneMegabyte(Mode mode) {
    byte[] sent = new byte[1 << 20];
    byte[] received = new byte[1 << 20];
    Random random = new Random(42);
    random.nextBytes(sent);
    random.nextBytes(received);
    stub().enqueue(StubResponse.of(200).withBody(received));

    HttpResponse response =
        mode.send(transport(), ContractFixture.post(stub().endpoint(), sent), TIMEOUT);

    assertArrayEquals(sent, stub().lastRequest().body());
    assertEquals(Optional.of(Integer.toString(received.length)), response.header("Content-Length"));
    assertArrayEquals(received, response.body());
  }

  /** 4xx and 5xx answers are responses with their bodies, not exceptions. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void returnsErrorStatusesAsResponses(Mode mode) {
    List<StubResponse> errors =
        List.of(
            StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
            StubResponse.of(403, "text/plain", "forbidden"),
            StubResponse.of(413, "text/plain", "too large"),
            StubResponse.dynamoError(500, "InternalServerError", "oops"),
            StubResponse.html(503, "<html>Service Unavailable</html>"));
    for (StubResponse error : errors) {
      stub().enqueue(error);

      HttpResponse response = mode.send(transport(), post("{}"), TIMEOUT);

      assertEquals(error.status(), response.statusCode());
      assertEquals(error.bodyAsString(), text(response));
    }
  }

  /** A 3xx answer is returned; its {@code Location} is not requested. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void doesNotFollowRedirects(Mode mode) {
    String elsewhere = stub().endpoint() + "/elsewhere";
    stub().enqueue(StubResponse.of(307).withHeader("Location", elsewhere));
    stub().enqueue(StubResponse.of(301).withHeader("Location", elsewhere));

    HttpResponse temporary = mode.send(transport(), post("{}"), TIMEOUT);
    HttpResponse permanent = mode.send(transport(), post("{}"), TIMEOUT);

    assertEquals(307, temporary.statusCode());
    assertEquals(Optional.of(elsewhere), temporary.header("location"));
    assertEquals(301, permanent.statusCode());
    assertEquals(2, stub().requestCount(), "no request may go to the Location");
  }
}
