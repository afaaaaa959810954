package io.dynamo.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.sign.HttpHeader;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversionsTest {

  @Test
  void keepsHeadersAndTimeoutButSkipsTheOnesTheTransportOwns() {
    HttpRequest request =
        HttpRequest.of(
            "POST",
            URI.create("http://127.0.0.1:8000/ru-central1/b1g/etn"),
            List.of(
                HttpHeader.of("X-Amz-Target", "DynamoDB_20120810.ListTables"),
                HttpHeader.of("host", "elsewhere"),
                HttpHeader.of("CONTENT-LENGTH", "3"),
                HttpHeader.of("Connection", "close"),
                HttpHeader.of("Expect", "100-continue"),
                HttpHeader.of("Upgrade", "h2c"),
                HttpHeader.of("Transfer-Encoding", "chunked"),
                HttpHeader.of("X-Twice", "1"),
                HttpHeader.of("X-Twice", "2")),
            new byte[] {'{', '}'});

    java.net.http.HttpRequest jdk = Conversions.toJdk(request, Duration.ofMillis(1500), null);

    assertEquals("POST", jdk.method());
    assertEquals(request.uri(), jdk.uri());
    assertEquals(Optional.of(Duration.ofMillis(1500)), jdk.timeout());
    assertEquals(2L, jdk.bodyPublisher().orElseThrow().contentLength());
    assertEquals(
        Map.of(
            "X-Amz-Target", List.of("DynamoDB_20120810.ListTables"), "X-Twice", List.of("1", "2")),
        Map.copyOf(jdk.headers().map()));
  }

  @Test
  void skipsExactlyTheHeadersJavaNetHttpRejectsPlusTransferEncoding() {
    assertEquals(
        java.util.Set.of(
            "host", "content-length", "connection", "expect", "upgrade", "transfer-encoding"),
        Conversions.SKIPPED_HEADERS);
  }

  @Test
  void readsEveryHeaderValue() {
    HttpHeaders headers =
        HttpHeaders.of(
            Map.of("x-amz-crc32", List.of("1"), "set-cookie", List.of("a", "b")), (n, v) -> true);

    List<HttpHeader> converted = Conversions.headers(headers);

    assertEquals(
        List.of(
            HttpHeader.of("set-cookie", "a"),
            HttpHeader.of("set-cookie", "b"),
            HttpHeader.of("x-amz-crc32", "1")),
        converted);
  }
}
