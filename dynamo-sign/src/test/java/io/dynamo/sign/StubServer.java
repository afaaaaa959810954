package io.dynamo.sign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A local HTTP server on 127.0.0.1 with canned responses, recording what it receives. */
public final class StubServer implements AutoCloseable {
  /**
   * One request as received: method, path, headers (lower-case names, first values), raw query (or
   * null) and body.
   */
  public record Received(
      String method, String path, Map<String, String> headers, String query, String body) {}

  /** How the body is sent: whole, its start and then nothing until released, or without end. */
  private enum Body {
    WHOLE,
    STALLED,
    ENDLESS
  }

  private record Response(int status, String body, CountDownLatch hold, Body how) {
    Response(int status, String body, CountDownLatch hold) {
      this(status, body, hold, Body.WHOLE);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Response> routes = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, java.util.Deque<String>> turns = new ConcurrentHashMap<>();

  private StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server on an ephemeral port of the loopback address. */
  public static StubServer start() throws IOException {
    return new StubServer();
  }

  /** Returns a port on the loopback address where nothing listens (a server was just there). */
  public static int closedPort() throws IOException {
    try (StubServer s = start()) {
      return s.port();
    }
  }

  /** Answers {@code method path} with a status and a body (replacing an earlier answer). */
  public StubServer respond(String method, String path, int status, String body) {
    routes.put(method + " " + path, new Response(status, body, null));
    return this;
  }

  /**
   * Answers {@code method path} with these bodies (status 200) in turn, the last one again once all
   * have been given.
   */
  public StubServer respondInTurn(String method, String path, String... bodies) {
    turns.put(
        method + " " + path, new java.util.concurrent.ConcurrentLinkedDeque<>(List.of(bodies)));
    routes.put(method + " " + path, new Response(200, bodies[bodies.length - 1], null));
    return this;
  }

  /**
   * Answers {@code method path} with headers declaring {@code body} and the first half of it, then
   * nothing more until {@code release} is counted down.
   */
  public StubServer stallBody(String method, String path, String body, CountDownLatch release) {
    routes.put(method + " " + path, new Response(200, body, release, Body.STALLED));
    return this;
  }

  /** Answers {@code method path} with a chunked body that never ends (until the client leaves). */
  public StubServer endlessBody(String method, String path) {
    routes.put(method + " " + path, new Response(200, "", null, Body.ENDLESS));
    return this;
  }

  /** Answers {@code method path} only once {@code release} is counted down. */
  public StubServer hang(String method, String path, CountDownLatch release) {
    routes.put(method + " " + path, new Response(200, "", release));
    return this;
  }

  /** Returns the requests received so far. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Returns the port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Returns {@code http://127.0.0.1:port}. */
  public String base() {
    return "http://127.0.0.1:" + port();
  }

  /** Returns a URI on this server. */
  public URI uri(String path) {
    return URI.create(base() + path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String requestBody =
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(
          new Received(method, path, headers, exchange.getRequestURI().getRawQuery(), requestBody));
      Response r = routes.get(method + " " + path);
      java.util.Deque<String> inTurn = turns.get(method + " " + path);
      String next = inTurn == null || inTurn.size() <= 1 ? null : inTurn.poll();
      if (next != null) {
        r = new Response(200, next, null);
      }
      if (r == null) {
        r = new Response(404, "not found", null);
      }
      if (r.how == Body.ENDLESS) {
        exchange.sendResponseHeaders(r.status, 0);
        byte[] chunk = new byte[8192];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
          while (true) {
            out.write(chunk); // until the client closes the connection
          }
        }
      }
      if (r.how == Body.STALLED) {
        byte[] body = r.body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(r.status, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        await(r.hold);
        return;
      }
      if (r.hold != null) {
        await(r.hold);
      }
      byte[] body = r.body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(r.status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
