package io.dynamo.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 answering DynamoDB requests with the canned responses of
 * {@link Fixtures}, by X-Amz-Target, on keep-alive connections: a plain socket server, one thread
 * per connection, TCP_NODELAY, each response written whole in one write. It reads each request body
 * whole and keeps the last one per target, so that {@link LoopbackBenchmark} can check that both
 * clients sent the same.
 *
 * <p>Not {@code com.sun.net.httpserver}: it writes a response's headers and body in two writes and,
 * unless {@code sun.net.httpserver.nodelay} is set, without TCP_NODELAY, so that every exchange
 * waited about 44 ms for the client's delayed ACK on this machine, whatever the client.
 */
final class CannedServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Map<String, byte[]> lastBodies = new ConcurrentHashMap<>();
  private final Map<String, byte[]> responses = new ConcurrentHashMap<>();
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

  CannedServer() throws IOException {
    socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    Fixtures.RESPONSES.forEach((target, body) -> responses.put(target, response(body)));
    Thread acceptor = new Thread(this::accept, "canned-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code http://127.0.0.1:<port>} */
  String endpoint() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** The body of the last request for {@code target}. */
  byte[] lastBody(String target) {
    return lastBodies.get(target);
  }

  private static byte[] response(byte[] body) {
    StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\n");
    for (String[] h : Fixtures.headers(body, true)) {
      head.append(h[0]).append(": ").append(h[1]).append("\r\n");
    }
    byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    byte[] whole = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
    System.arraycopy(body, 0, whole, headBytes.length, body.length);
    return whole;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        Thread t = new Thread(() -> serve(connection), "canned-server-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket connection) {
    try (connection;
        InputStream in = new BufferedInputStream(connection.getInputStream());
        OutputStream out = connection.getOutputStream()) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      while (true) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          return; // the client closed the connection
        }
        int length = 0;
        String target = null;
        String header;
        while (!(header = readLine(in, line)).isEmpty()) {
          int colon = header.indexOf(':');
          String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = header.substring(colon + 1).trim();
          if (name.equals("content-length")) {
            length = Integer.parseInt(value);
          } else if (name.equals("x-amz-target")) {
            target = value;
          }
        }
        byte[] body = in.readNBytes(length);
        byte[] response = target == null ? null : responses.get(target);
        if (response == null) {
          out.write(
              "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
        } else {
          lastBodies.put(target, body);
          out.write(response);
        }
        out.flush();
      }
    } catch (IOException e) {
      // connection gone
    } finally {
      connections.remove(connection);
    }
  }

  /** A header line without its CRLF, or null at the end of the stream before any byte. */
  private static String readLine(InputStream in, ByteArrayOutputStream buffer) throws IOException {
    buffer.reset();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        if (buffer.size() == 0) {
          return null;
        }
        throw new IOException("truncated request");
      }
      if (c != '\r') {
        buffer.write(c);
      }
    }
    return buffer.toString(StandardCharsets.US_ASCII);
  }

  /** Stops accepting and closes every open connection. */
  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
  }
}
