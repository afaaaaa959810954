package io.dynamo.testkit;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads HTTP/1.x requests off a connection: request line, headers, and a sized or chunked body. */
final class HttpRequestReader {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_HEADERS = 500;
  private static final long MAX_BODY = 64L * 1024 * 1024;
  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** One parsed request. */
  record Request(
      String method,
      String target,
      String version,
      List<Map.Entry<String, String>> headers,
      byte[] body) {

    String first(String name) {
      for (Map.Entry<String, String> h : headers) {
        if (h.getKey().equalsIgnoreCase(name)) {
          return h.getValue();
        }
      }
      return null;
    }

    boolean keepAlive() {
      String connection = first("Connection");
      boolean close = connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
      return version.equals("HTTP/1.1") && !close;
    }
  }

  private final InputStream in;
  private final OutputStream out;

  HttpRequestReader(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  /**
   * Reads the next request; {@code null} if the client closed the connection between requests.
   *
   * @throws ProtocolException if the request is not HTTP/1.x
   */
  Request read() throws IOException {
    String requestLine = line(true);
    while (requestLine != null && requestLine.isEmpty()) {
      requestLine = line(true);
    }
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new ProtocolException("Not an HTTP/1.x request line: " + requestLine);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String line = line(false); !line.isEmpty(); line = line(false)) {
      int colon = line.indexOf(':');
      if (colon <= 0 || headers.size() >= MAX_HEADERS) {
        throw new ProtocolException("Bad header line: " + line);
      }
      headers.add(Map.entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }
    Request head = new Request(parts[0], parts[1], parts[2], List.copyOf(headers), new byte[0]);
    String expect = head.first("Expect");
    if (expect != null && expect.equalsIgnoreCase("100-continue")) {
      out.write(CONTINUE);
      out.flush();
    }
    return new Request(parts[0], parts[1], parts[2], head.headers(), body(head));
  }

  private byte[] body(Request head) throws IOException {
    String encoding = head.first("Transfer-Encoding");
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      return chunked();
    }
    String length = head.first("Content-Length");
    if (length == null) {
      return new byte[0];
    }
    long size;
    try {
      size = Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      throw new ProtocolException("Bad Content-Length: " + length);
    }
    if (size < 0 || size > MAX_BODY) {
      throw new ProtocolException("Unsupported Content-Length: " + length);
    }
    return exactly((int) size);
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line(false);
      int semicolon = sizeLine.indexOf(';');
      String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip();
      int size;
      try {
        size = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        throw new ProtocolException("Bad chunk size: " + sizeLine);
      }
      if (size < 0 || body.size() + (long) size > MAX_BODY) {
        throw new ProtocolException("Unsupported chunk size: " + sizeLine);
      }
      if (size == 0) {
        for (String trailer = line(false); !trailer.isEmpty(); trailer = line(false)) {
          // Trailers are not recorded.
        }
        return body.toByteArray();
      }
      body.write(exactly(size));
      if (!line(false).isEmpty()) {
        throw new ProtocolException("Chunk not followed by CRLF");
      }
    }
  }

  private byte[] exactly(int size) throws IOException {
    byte[] bytes = in.readNBytes(size);
    if (bytes.length != size) {
      throw new EOFException("Body ended after " + bytes.length + " of " + size + " bytes");
    }
    return bytes;
  }

  /** A line without its CR LF; {@code null} at end of stream only if {@code eofOk}. */
  private String line(boolean eofOk) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int c;
    while ((c = in.read()) != '\n') {
      if (c == -1) {
        if (eofOk && line.size() == 0) {
          return null;
        }
        throw new EOFException("Connection closed in the middle of a request");
      }
      if (line.size() >= MAX_LINE) {
        throw new ProtocolException("Line longer than " + MAX_LINE + " bytes");
      }
      line.write(c);
    }
    byte[] bytes = line.toByteArray();
    int length =
        bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }
}
