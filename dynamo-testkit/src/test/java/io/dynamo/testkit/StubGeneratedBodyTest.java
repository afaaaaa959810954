package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bodies the stub makes as it sends them, and the connections it counts. */
class StubGeneratedBodyTest {
  private final StubServer stub = StubServer.start();

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void sendsAGeneratedBodyOfTheGivenLengthThenCloses() throws IOException {
    stub.enqueue(StubResponse.ofLength(200_000));

    String answer = RawHttp.exchange(stub.port(), RawHttp.post("{}"));

    String[] parts = answer.split("\r\n\r\n", 2);
    assertTrue(parts[0].contains("Content-Length: 200000"), parts[0]);
    assertTrue(parts[0].contains("Connection: close"), parts[0]);
    assertEquals(200_000, parts[1].length());
    assertTrue(parts[1].chars().allMatch(c -> c == 'a'));
  }

  @Test
  void sendsAnEndlessChunkedBodyUntilTheClientLeaves() throws IOException {
    stub.enqueue(StubResponse.endless());
    long read = 0;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), stub.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(RawHttp.post("{}").getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[64 * 1024];
      StringBuilder head = new StringBuilder();
      int n = in.read(buffer);
      head.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      assertTrue(head.toString().contains("Transfer-Encoding: chunked"), head.toString());
      // far more than any one write: the server keeps sending for as long as it is read
      while (read < 5_000_000 && (n = in.read(buffer)) > 0) {
        read += n;
      }
    }
    assertTrue(read >= 5_000_000, "read only " + read + " bytes");
    assertEquals(1, stub.requestCount());
  }

  @Test
  void countsTheConnectionsItAccepts() throws Exception {
    assertEquals(0, stub.connectionCount());

    RawHttp.exchange(stub.port(), RawHttp.post("{}"));
    RawHttp.exchange(stub.port(), RawHttp.post("{}"));

    assertEquals(2, stub.connectionCount());
  }
}
