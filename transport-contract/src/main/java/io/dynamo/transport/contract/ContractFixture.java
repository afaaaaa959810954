package io.dynamo.transport.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.sign.HttpHeader;
import io.dynamo.testkit.StubServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * What every part of the contract uses: the transport under test, the stub server of the current
 * test, and DynamoDB-shaped requests. {@link TransportContract} implements the accessors.
 */
interface ContractFixture {
  /** The attempt timeout of calls that are expected to succeed. */
  Duration TIMEOUT = Duration.ofSeconds(10);

  /** A new transport with these options; the transport under test. */
  Transport createTransport(TransportOptions options);

  /** The stub server of the current test, started before it and closed after it. */
  StubServer stub();

  /** A transport with {@link TransportOptions#defaults()}, closed after the current test. */
  Transport transport();

  /** A transport with these options, closed after the current test. */
  Transport transport(TransportOptions options);

  /** A ListTables-shaped POST of {@code body} to {@code uri}. */
  static HttpRequest post(URI uri, byte[] body) {
    return HttpRequest.of("POST", uri, dynamoHeaders("ListTables"), body);
  }

  /** A ListTables-shaped POST of {@code json} to the stub server. */
  default HttpRequest post(String json) {
    return post(stub().endpoint(), utf8(json));
  }

  /** The headers the client sends: content type, target, date and a SigV4-shaped authorization. */
  static List<HttpHeader> dynamoHeaders(String operation) {
    return List.of(
        HttpHeader.of("Content-Type", "application/x-amz-json-1.0"),
        HttpHeader.of("X-Amz-Target", "DynamoDB_20120810." + operation),
        HttpHeader.of("X-Amz-Date", "20261125T100000Z"),
        HttpHeader.of(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/us-east-1/dynamodb/aws4_request,"
                + " SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=abc"));
  }

  /** The UTF-8 bytes of {@code text}. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The response body as UTF-8 text. */
  static String text(HttpResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** Milliseconds since {@code startNanos} (a {@link System#nanoTime()}). */
  static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * Asserts that {@code call} throws a {@link TransportException} that is not a timeout, and whose
   * message names the host and port of {@code uri} but no header.
   */
  static TransportException assertIoFailure(URI uri, Executable call) {
    TransportException e = assertThrows(TransportException.class, call);
    assertFalse(
        e instanceof AttemptTimeoutException, () -> "expected an I/O failure, not a timeout: " + e);
    assertSafeMessage(e, uri);
    return e;
  }

  /** Asserts that the message names {@code uri}'s host and port and holds no header value. */
  static void assertSafeMessage(Throwable e, URI uri) {
    String message = String.valueOf(e.getMessage());
    String hostPort = uri.getHost() + ":" + uri.getPort();
    assertTrue(message.contains(hostPort), () -> "the message should name " + hostPort + ": " + e);
    for (String secret : List.of("Signature=", "AKIDEXAMPLE", "AWS4-HMAC-SHA256")) {
      assertFalse(message.contains(secret), () -> "the message shows a header: " + e);
    }
  }
}
