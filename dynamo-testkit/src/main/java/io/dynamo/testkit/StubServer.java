package io.dynamo.testkit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A local HTTP/1.1 server that answers requests with scripted {@link StubResponse}s and records
 * every request, for tests of what a client sends and how it copes with what comes back
 * (throttling, 5xx, bad CRC, HTML error pages, slow, truncated or dropped responses).
 *
 * <pre>{@code
 * try (StubServer stub = StubServer.start()) {
 *   stub.enqueue(
 *       StubResponse.dynamoError(400, "ThrottlingException", "Rate exceeded"),
 *       StubResponse.reset(),
 *       StubResponse.dynamo("{\"TableNames\":[]}"));
 *   // ... point the client at stub.endpoint() and call ListTables ...
 *   assertEquals(3, stub.requestCount());
 *   assertEquals("ListTables", stub.lastRequest().operation().orElseThrow());
 * }
 * }</pre>
 *
 * <p>Scripted responses are used once each, in order, whatever connection the request came on; when
 * the script is empty the {@linkplain #defaultResponse(StubResponse) default response} (a
 * DynamoDB-shaped 200 with body {@code {}}) answers. A request is recorded as soon as its body has
 * been read, before any delay or fault. Connections are kept alive unless a response or the client
 * closes them.
 *
 * <p>It listens on 127.0.0.1 on an ephemeral port, serves each connection on its own daemon thread,
 * and is built on plain sockets rather than {@code com.sun.net.httpserver}, whose handlers cannot
 * reset or cut a connection at a chosen byte. Thread-safe; {@link #close()} stops it.
 */
public final class StubServer implements AutoCloseable {
  private static final AtomicInteger SERVERS = new AtomicInteger();

  private final ServerSocket serverSocket;
  private final ExecutorService connections;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Deque<StubResponse> script = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private final URI endpoint;
  private StubResponse defaultResponse = StubResponse.dynamo("{}");
  private volatile boolean closed;

  private StubServer(ServerSocket serverSocket, String scheme) {
    this.serverSocket = serverSocket;
    this.endpoint = URI.create(scheme + "://127.0.0.1:" + serverSocket.getLocalPort());
    int id = SERVERS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.connections =
        Executors.newCachedThreadPool(
            task -> {
              Thread t = new Thread(task, "stub-server-" + id + "-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    connections.execute(this::accept);
  }

  /** How many connections the server has accepted so far. */
  public int connectionCount() {
    return accepted.get();
  }

  /** Starts a server on 127.0.0.1 on a free port. */
  public static StubServer start() {
    try {
      ServerSocket socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
      return new StubServer(socket, "http");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the stub server", e);
    }
  }

  /**
   * Starts an HTTPS server on 127.0.0.1 on a free port, presenting the certificate of {@code
   * serverContext} (such as {@link SelfSignedCertificate#serverContext()}); everything else as
   * {@link #start()}. A connection counts in {@link #connectionCount()} once accepted, whether or
   * not its handshake succeeds; a request only once it got through.
   */
  public static StubServer startTls(SSLContext serverContext) {
    try {
      ServerSocket socket = serverContext.getServerSocketFactory().createServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
      return new StubServer(socket, "https");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the TLS stub server", e);
    }
  }

  /** The endpoint, {@code http://127.0.0.1:PORT} (or https), with no trailing slash. */
  public URI endpoint() {
    return endpoint;
  }

  /** The port the server listens on, on 127.0.0.1. */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /** Appends responses to the script; each answers one request, in order. */
  public StubServer enqueue(StubResponse... responses) {
    synchronized (this) {
      for (StubResponse r : responses) {
        script.addLast(Objects.requireNonNull(r, "response"));
      }
    }
    return this;
  }

  /** Appends {@code times} copies of {@code response} to the script. */
  public StubServer enqueue(int times, StubResponse response) {
    Objects.requireNonNull(response, "response");
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative, was " + times);
    }
    synchronized (this) {
      for (int i = 0; i < times; i++) {
        script.addLast(response);
      }
    }
    return this;
  }

  /** Sets the response used when the script is empty. */
  public synchronized StubServer defaultResponse(StubResponse response) {
    this.defaultResponse = Objects.requireNonNull(response, "response");
    return this;
  }

  /** How many scripted responses have not been used yet. */
  public synchronized int pendingResponses() {
    return script.size();
  }

  /** How many requests were received. */
  public synchronized int requestCount() {
    return requests.size();
  }

  /** Every request received so far, in arrival order (a snapshot). */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The request received {@code index}-th (from 0). */
  public synchronized RecordedRequest request(int index) {
    if (index < 0 || index >= requests.size()) {
      throw new AssertionError(
          "Stub server received " + requests.size() + " requests; there is no request " + index);
    }
    return requests.get(index);
  }

  /** The last request received. */
  public synchronized RecordedRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new AssertionError("Stub server received no request");
    }
    return requests.get(requests.size() - 1);
  }

  /**
   * Waits until at least {@code count} requests have arrived (for clients that send in the
   * background) and returns the requests so far.
   *
   * @throws AssertionError if fewer arrived within {@code timeout}
   */
  public synchronized List<RecordedRequest> awaitRequests(int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (requests.size() < count) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new AssertionError(
            "Stub server expected "
                + count
                + " requests within "
                + timeout
                + ", got "
                + requests.size());
      }
      wait(left);
    }
    return List.copyOf(requests);
  }

  /** Forgets the recorded requests and the unused script; the default response stays. */
  public synchronized void clear() {
    requests.clear();
    script.clear();
  }

  /** Stops listening, closes every open connection and stops the threads. Idempotent. */
  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException e) {
      // Closing anyway.
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
    connections.shutdownNow();
    try {
      connections.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "StubServer[" + endpoint + (closed ? ", closed" : "") + "]";
  }

  private void accept() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return;
      }
      open.add(socket);
      accepted.incrementAndGet();
      if (closed) {
        closeQuietly(socket);
        return;
      }
      try {
        connections.execute(() -> serve(socket));
      } catch (RuntimeException e) {
        open.remove(socket);
        closeQuietly(socket);
      }
    }
  }

  private void serve(Socket socket) {
    try {
      socket.setTcpNoDelay(true);
      HttpRequestReader reader =
          new HttpRequestReader(
              new BufferedInputStream(socket.getInputStream()), socket.getOutputStream());
      boolean keepGoing = true;
      while (keepGoing && !closed) {
        HttpRequestReader.Request request;
        try {
          request = reader.read();
        } catch (ProtocolException e) {
          socket.getOutputStream().write(ResponseWriter.badRequest(e.getMessage()));
          return;
        }
        if (request == null) {
          return;
        }
        StubResponse response = record(request);
        keepGoing = ResponseWriter.write(socket, response, request.keepAlive());
      }
    } catch (IOException e) {
      // The client went away or the server is closing: nothing to answer.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      open.remove(socket);
      closeQuietly(socket);
    }
  }

  private synchronized StubResponse record(HttpRequestReader.Request request) {
    requests.add(
        new RecordedRequest(request.method(), request.target(), request.headers(), request.body()));
    notifyAll();
    StubResponse next = script.pollFirst();
    return next != null ? next : defaultResponse;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing to do.
    }
  }
}
