package io.dynamo.transport.vertx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for an HTTP forward proxy on 127.0.0.1 that answers every request itself with {@code
 * 200 {"via":"proxy"}} and records the request lines it got (absolute-form when a client forwards
 * through it). Enough to see whether a transport sent a request to it.
 */
final class AnsweringProxy implements AutoCloseable {
  static final String BODY = "{\"via\":\"proxy\"}";

  private final ServerSocket server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "test-proxy");
            t.setDaemon(true);
            return t;
          });
  private final List<String> requestLines = new CopyOnWriteArrayList<>();

  private AnsweringProxy(ServerSocket server) {
    this.server = server;
    threads.execute(this::accept);
  }

  static AnsweringProxy start() {
    try {
      ServerSocket socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return new AnsweringProxy(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return server.getLocalPort();
  }

  /** The request lines received so far, such as {@code POST http://host:1234/ HTTP/1.1}. */
  List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        threads.execute(() -> serve(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      byte[] body = BODY.getBytes(StandardCharsets.US_ASCII);
      for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
        requestLines.add(line);
        int length = 0;
        for (String header = readLine(in); header != null && !header.isEmpty(); ) {
          String lower = header.toLowerCase(Locale.ROOT);
          if (lower.startsWith("content-length:")) {
            length = Integer.parseInt(lower.substring("content-length:".length()).trim());
          }
          header = readLine(in);
        }
        in.readNBytes(length);
        out.write(
            ("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        return line.toString(StandardCharsets.US_ASCII).stripTrailing();
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
  }
}
