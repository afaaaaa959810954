package io.dynamo.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Talks HTTP over a plain socket, for checks a real client would hide (tests only). */
final class RawHttp {
  private RawHttp() {}

  /** Sends {@code request} as is and returns everything read until the server closes. */
  static String exchange(int port, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return readAll(socket.getInputStream());
    }
  }

  static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  static String post(String body, String... extraHeaders) {
    StringBuilder request =
        new StringBuilder("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (String header : extraHeaders) {
      request.append(header).append("\r\n");
    }
    return request
        .append("Content-Length: ")
        .append(body.getBytes(StandardCharsets.UTF_8).length)
        .append("\r\n\r\n")
        .append(body)
        .toString();
  }
}
