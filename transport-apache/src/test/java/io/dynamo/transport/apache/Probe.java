package io.dynamo.transport.apache;

import io.dynamo.api.spi.HttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Run in a JVM of its own by {@link StandaloneRunTest}, with nothing but this module and what it
 * needs at run time: sends one call each way to a minimal HTTP server of its own and prints the
 * statuses, then {@code done}. Whatever else the JVM prints comes from the transport's libraries.
 */
final class Probe {
  private static final byte[] ANSWER =
      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
          .getBytes(StandardCharsets.US_ASCII);

  private Probe() {}

  public static void main(String[] args) throws Exception {
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Thread answering = new Thread(() -> answer(server, 2), "probe-server");
      answering.setDaemon(true);
      answering.start();
      URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
      HttpRequest request = HttpRequest.of("POST", uri, List.of(), new byte[] {'{', '}'});
      try (ApacheTransport transport = ApacheTransport.create()) {
        System.out.println(
            "sync " + transport.execute(request, Duration.ofSeconds(10)).statusCode());
        System.out.println(
            "async "
                + transport
                    .executeAsync(request, Duration.ofSeconds(10))
                    .get(10, TimeUnit.SECONDS)
                    .statusCode());
      }
    }
    System.out.println("done");
  }

  /** Answers {@code count} connections, one request each: reads the head and 2 body bytes. */
  private static void answer(ServerSocket server, int count) {
    for (int i = 0; i < count; i++) {
      try (Socket socket = server.accept()) {
        InputStream in = socket.getInputStream();
        int matched = 0;
        while (matched < 4) {
          int b = in.read();
          if (b < 0) {
            return;
          }
          matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        in.readNBytes(2); // the body, {}
        OutputStream out = socket.getOutputStream();
        out.write(ANSWER);
        out.flush();
      } catch (IOException e) {
        return;
      }
    }
  }
}
