package io.dynamo.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.zip.CRC32;

/** Carries out a {@link StubResponse} on a connection. */
final class ResponseWriter {
  private static final char[] ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ResponseWriter() {}

  /**
   * Answers or drops the connection as {@code response} says.
   *
   * @return whether the connection may serve another request
   */
  static boolean write(Socket socket, StubResponse response, boolean keepAlive)
      throws IOException, InterruptedException {
    pause(response.delay().toMillis());
    switch (response.kind()) {
      case DISCONNECT -> {
        socket.close();
        return false;
      }
      case RESET -> {
        socket.setSoLinger(true, 0);
        socket.close();
        return false;
      }
      case RAW -> {
        OutputStream out = socket.getOutputStream();
        out.write(response.body());
        out.flush();
        socket.close();
        return false;
      }
      default -> {
        // answered below
      }
    }
    boolean close = response.closeConnection() || !keepAlive;
    if (response.generatedLength() >= 0 || response.endlessBody()) {
      writeGenerated(socket, response);
      return false;
    }
    byte[] body = response.body();
    OutputStream out = socket.getOutputStream();
    out.write(head(response, body, close));
    out.flush();
    pause(response.bodyDelay().toMillis());
    int truncate = response.truncateAfter();
    if (truncate >= 0) {
      out.write(body, 0, Math.min(truncate, body.length));
      out.flush();
      socket.close();
      return false;
    }
    out.write(body);
    out.flush();
    if (close) {
      socket.close();
    }
    return !close;
  }

  /** A generated body: filler until its length, or chunks until the client goes away. */
  private static void writeGenerated(Socket socket, StubResponse response) throws IOException {
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 200 OK\r\n");
    for (Map.Entry<String, String> h : response.headers()) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    if (response.endlessBody()) {
      head.append("Transfer-Encoding: chunked\r\n");
    } else {
      head.append("Content-Length: ").append(response.generatedLength()).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    byte[] filler = new byte[64 * 1024];
    java.util.Arrays.fill(filler, (byte) 'a');
    if (response.endlessBody()) {
      byte[] size =
          (Integer.toHexString(filler.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] end = "\r\n".getBytes(StandardCharsets.US_ASCII);
      while (!socket.isClosed()) {
        out.write(size);
        out.write(filler);
        out.write(end);
      }
      return;
    }
    long left = response.generatedLength();
    while (left > 0) {
      int n = (int) Math.min(left, filler.length);
      out.write(filler, 0, n);
      left -= n;
    }
    out.flush();
    socket.close();
  }

  private static byte[] head(StubResponse response, byte[] body, boolean close) {
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ")
        .append(response.status())
        .append(' ')
        .append(reason(response.status()))
        .append("\r\n");
    boolean hasLength = false;
    for (Map.Entry<String, String> h : response.headers()) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
      hasLength |= h.getKey().equalsIgnoreCase("Content-Length");
    }
    if (response.autoRequestId()) {
      head.append("x-amzn-RequestId: ").append(requestId()).append("\r\n");
    }
    if (response.autoCrc32()) {
      head.append("x-amz-crc32: ").append(crc32(body)).append("\r\n");
    }
    if (!hasLength) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    if (close) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The unsigned decimal CRC32 of {@code bytes}, as DynamoDB's {@code x-amz-crc32} carries it. */
  static long crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  private static String requestId() {
    char[] id = new char[52];
    for (int i = 0; i < id.length; i++) {
      id[i] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
    }
    return new String(id);
  }

  private static void pause(long millis) throws InterruptedException {
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 413 -> "Payload Too Large";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Status";
    };
  }

  /** A whole response in one buffer, for a request the server could not parse. */
  static byte[] badRequest(String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }
}
