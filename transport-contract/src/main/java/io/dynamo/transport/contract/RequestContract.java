package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.dynamoHeaders;
import static io.dynamo.transport.contract.ContractFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.sign.HttpHeader;
import io.dynamo.testkit.RecordedRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a transport sends: exactly the method, target, headers and body it was given. */
interface RequestContract extends ContractFixture {

  /**
   * Method, target, headers (repeated and with inner spaces) and every byte value of the body
   * arrive as given, with a {@code Host} of host and port and a {@code Content-Length}.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void sendsMethodPathHeadersAndBodyExactly(Mode mode) {
    byte[] body = new byte[512];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) i; // every byte value, not only valid UTF-8
    }
    List<HttpHeader> headers = new ArrayList<>(dynamoHeaders("PutItem"));
    headers.add(HttpHeader.of("X-Repeated", "first"));
    headers.add(HttpHeader.of("X-Repeated", "second"));
    headers.add(HttpHeader.of("X-Inner-Spaces", "a  b"));
    URI uri = stub().endpoint().resolve("/");

    assertEquals(
        200,
        mode.send(transport(), HttpRequest.of("POST", uri, headers, body), TIMEOUT).statusCode());

    RecordedRequest recorded = stub().lastRequest();
    assertEquals("POST", recorded.method());
    assertEquals("/", recorded.path());
    assertEquals(Optional.of("127.0.0.1:" + stub().port()), recorded.header("Host"));
    for (HttpHeader h : dynamoHeaders("PutItem")) {
      assertEquals(List.of(h.value()), recorded.headerValues(h.name()), h.name());
    }
    assertEquals(
        "first,second",
        String.join(",", recorded.headerValues("X-Repeated")).replace(" ", ""),
        "both values of a repeated header, as two lines or one folded line");
    assertEquals(Optional.of("a  b"), recorded.header("X-Inner-Spaces"));
    assertEquals(Optional.of(Integer.toString(body.length)), recorded.header("Content-Length"));
    assertEquals(Optional.empty(), recorded.header("Transfer-Encoding"), "sized, not chunked");
    assertArrayEquals(body, recorded.body());
  }

  /** An endpoint with a path, as Yandex Database has, is requested at that path. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void sendsToAnEndpointWithAPath(Mode mode) {
    URI uri = stub().endpoint().resolve("/ru-central1/b1g/etn");

    mode.send(transport(), ContractFixture.post(uri, utf8("{}")), TIMEOUT);

    RecordedRequest recorded = stub().lastRequest();
    assertEquals("/ru-central1/b1g/etn", recorded.path());
    assertEquals(Optional.of("127.0.0.1:" + stub().port()), recorded.header("Host"));
    assertEquals("{}", recorded.bodyAsString());
  }

  /** An endpoint written without a path is requested at {@code /}. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void sendsSlashForAnEndpointWithoutAPath(Mode mode) {
    URI uri = URI.create("http://127.0.0.1:" + stub().port()); // as endpoints are usually written

    mode.send(transport(), ContractFixture.post(uri, utf8("{}")), TIMEOUT);

    assertEquals("/", stub().lastRequest().path());
  }

  /** An empty body is sent as no bytes. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void sendsAnEmptyBody(Mode mode) {
    mode.send(transport(), post(""), TIMEOUT);

    RecordedRequest recorded = stub().lastRequest();
    assertEquals(0, recorded.bodySize());
    assertEquals("0", recorded.header("Content-Length").orElse("0"));
  }

  /** The method is the request's, not always POST. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void sendsTheMethodItIsGiven(Mode mode) {
    HttpRequest get = HttpRequest.of("GET", stub().endpoint().resolve("/"), List.of(), new byte[0]);

    assertEquals(200, mode.send(transport(), get, TIMEOUT).statusCode());

    assertEquals("GET", stub().lastRequest().method());
  }

  /**
   * Headers the transport owns are skipped, not sent and not fatal: {@code Host} and {@code
   * Content-Length} stay right.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void skipsHeadersTheTransportOwnsInsteadOfFailing(Mode mode) {
    List<HttpHeader> headers = new ArrayList<>(dynamoHeaders("GetItem"));
    headers.add(HttpHeader.of("Host", "elsewhere.example"));
    headers.add(HttpHeader.of("Content-Length", "1"));
    headers.add(HttpHeader.of("Connection", "keep-alive"));
    headers.add(HttpHeader.of("Expect", "100-continue"));
    headers.add(HttpHeader.of("Upgrade", "h2c"));
    headers.add(HttpHeader.of("Transfer-Encoding", "chunked"));
    byte[] body = utf8("{\"TableName\":\"t\"}");
    HttpRequest request = HttpRequest.of("POST", stub().endpoint().resolve("/"), headers, body);

    assertEquals(200, mode.send(transport(), request, TIMEOUT).statusCode());

    RecordedRequest recorded = stub().lastRequest();
    assertEquals(Optional.of("127.0.0.1:" + stub().port()), recorded.header("Host"));
    assertEquals(Optional.of(Integer.toString(body.length)), recorded.header("Content-Length"));
    assertTrue(
        recorded.headerValues("Transfer-Encoding").isEmpty(),
        "a body with Content-Length must not also be announced as chunked");
    assertArrayEquals(body, recorded.body());
  }
}
