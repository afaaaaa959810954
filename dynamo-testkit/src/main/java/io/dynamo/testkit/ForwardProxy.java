package io.dynamo.testkit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP forward proxy on 127.0.0.1, as a company's egress proxy would be: it forwards plain HTTP
 * requests sent to it in absolute form ({@code POST http://host:port/ HTTP/1.1}) and tunnels {@code
 * CONNECT host:port} for HTTPS. It may require Basic credentials, answering {@code 407} with a
 * {@code Proxy-Authenticate} challenge until they come.
 *
 * <p>Whatever host a request names, the proxy connects to that port on 127.0.0.1, so tests can use
 * host names that resolve nowhere (and prove the transport did not try to resolve them) without
 * ever leaving the machine. It records the request line and {@code Proxy-Authorization} of every
 * request it receives. Thread-safe.
 *
 * <pre>{@code
 * try (ForwardProxy proxy = ForwardProxy.start("user", "password")) {
 *   // a client with proxy(HttpProxy.of("127.0.0.1", proxy.port()).withCredentials(...)) can
 *   // reach http://dynamodb.proxied.test:<stub port>/ through it
 * }
 * }</pre>
 */
public final class ForwardProxy implements AutoCloseable {
  /** One request the proxy received. */
  public record Seen(String method, String target, String proxyAuthorization) {}

  private final ServerSocket serverSocket;
  private final String expectedAuthorization;
  private final ExecutorService threads;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final List<Seen> seen = new ArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  private ForwardProxy(ServerSocket serverSocket, String expectedAuthorization) {
    this.serverSocket = serverSocket;
    this.expectedAuthorization = expectedAuthorization;
    this.threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread t = new Thread(task, "stub-forward-proxy");
              t.setDaemon(true);
              return t;
            });
    threads.execute(this::accept);
  }

  /** A proxy that asks for no credentials. */
  public static ForwardProxy start() {
    return start(null, null);
  }

  /** A proxy that requires these Basic credentials ({@code null}s for none). */
  public static ForwardProxy start(String user, String password) {
    String expected =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try {
      ServerSocket socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      return new ForwardProxy(socket, expected);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the forward proxy", e);
    }
  }

  /** The port it listens on, on 127.0.0.1. */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /** Every request received so far, 407s included, in order. */
  public synchronized List<Seen> requests() {
    return List.copyOf(seen);
  }

  /** The requests received that it let through (forwarded or tunnelled). */
  public synchronized List<Seen> accepted() {
    List<Seen> ok = new ArrayList<>();
    for (Seen s : seen) {
      if (authorized(s.proxyAuthorization())) {
        ok.add(s);
      }
    }
    return ok;
  }

  /** Connections clients opened to it. */
  public int connectionsOpened() {
    return connections.get();
  }

  @Override
  public void close() {
    closed = true;
    closeQuietly(serverSocket);
    for (Socket s : sockets) {
      closeQuietly(s);
    }
    threads.shutdownNow();
  }

  private boolean authorized(String given) {
    return expectedAuthorization == null || expectedAuthorization.equals(given);
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = serverSocket.accept();
        connections.incrementAndGet();
        sockets.add(client);
        threads.execute(() -> serve(client));
      } catch (IOException | RuntimeException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    Socket upstream = null;
    try {
      client.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      while (!closed) {
        Head head = Head.read(in);
        if (head == null) {
          return;
        }
        String auth = head.header("proxy-authorization");
        synchronized (this) {
          seen.add(new Seen(head.method(), head.target(), auth));
        }
        byte[] body = in.readNBytes(head.contentLength());
        if (!authorized(auth)) {
          out.write(
              ("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      + "Proxy-Authenticate: Basic realm=\"testkit\"\r\n"
                      + "Content-Length: 0\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          continue;
        }
        if (head.method().equals("CONNECT")) {
          tunnel(client, in, out, port(head.target()));
          return;
        }
        URI target = URI.create(head.target());
        if (upstream == null) {
          upstream = connect(target.getPort());
        }
        forward(head, body, target, upstream, out);
      }
    } catch (IOException | RuntimeException e) {
      // A side went away, or the request made no sense: drop the connection.
    } finally {
      closeQuietly(client);
      sockets.remove(client);
      if (upstream != null) {
        closeQuietly(upstream);
        sockets.remove(upstream);
      }
    }
  }

  /** Sends the request on in origin form, without the proxy's headers, and relays the answer. */
  private static void forward(Head head, byte[] body, URI target, Socket upstream, OutputStream out)
      throws IOException {
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    if (target.getRawQuery() != null) {
      path += "?" + target.getRawQuery();
    }
    StringBuilder request = new StringBuilder(head.method() + " " + path + " HTTP/1.1\r\n");
    for (String line : head.headerLines()) {
      String name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
      if (!name.equals("proxy-authorization") && !name.equals("proxy-connection")) {
        request.append(line).append("\r\n");
      }
    }
    request.append("\r\n");
    OutputStream up = upstream.getOutputStream();
    up.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
    up.write(body);
    up.flush();
    InputStream answer = new BufferedInputStream(upstream.getInputStream());
    Head response = Head.read(answer);
    if (response == null) {
      throw new IOException("the server closed the connection without answering");
    }
    out.write(response.raw());
    out.write(answer.readNBytes(response.contentLength()));
    out.flush();
  }

  private void tunnel(Socket client, InputStream in, OutputStream out, int port)
      throws IOException {
    Socket upstream = connect(port);
    out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    InputStream fromUpstream = upstream.getInputStream();
    threads.execute(() -> pump(fromUpstream, out, client, upstream));
    pump(in, upstream.getOutputStream(), client, upstream);
  }

  private Socket connect(int port) throws IOException {
    Socket upstream = new Socket();
    sockets.add(upstream);
    upstream.setTcpNoDelay(true);
    upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    return upstream;
  }

  private static void pump(InputStream from, OutputStream to, Socket a, Socket b) {
    byte[] buffer = new byte[16 * 1024];
    try {
      for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
        to.write(buffer, 0, n);
        to.flush();
      }
    } catch (IOException e) {
      // one side went away
    } finally {
      closeQuietly(a);
      closeQuietly(b);
    }
  }

  private static int port(String authority) {
    return Integer.parseInt(authority.substring(authority.lastIndexOf(':') + 1));
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // closing anyway
    }
  }

  /** A request or response head: its first line, its header lines and its raw bytes. */
  private record Head(String firstLine, List<String> headerLines, byte[] raw) {
    static Head read(InputStream in) throws IOException {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      while (true) {
        int c = in.read();
        if (c < 0) {
          return null;
        }
        raw.write(c);
        if (raw.size() > 64 * 1024) {
          throw new IOException("head too long");
        }
        if (c == '\n') {
          String text = line.toString();
          line.setLength(0);
          if (text.isEmpty()) {
            if (lines.isEmpty()) {
              continue; // a stray line break between messages
            }
            return new Head(lines.get(0), lines.subList(1, lines.size()), raw.toByteArray());
          }
          lines.add(text);
        } else if (c != '\r') {
          line.append((char) c);
        }
      }
    }

    String method() {
      return firstLine.split(" ", 3)[0];
    }

    String target() {
      return firstLine.split(" ", 3)[1];
    }

    String header(String name) {
      for (String h : headerLines) {
        int colon = h.indexOf(':');
        if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return h.substring(colon + 1).trim();
        }
      }
      return null;
    }

    int contentLength() {
      String length = header("content-length");
      return length == null ? 0 : Integer.parseInt(length);
    }
  }
}
