package io.dynamo.transport.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on 127.0.0.1 in front of a server, counting the connections clients open: how many in
 * all, how many at once at most. The testkit's stub server cannot tell connections apart, so the
 * contract puts this in front of it to see whether a transport reuses and limits them.
 *
 * <p>Each client connection gets its own connection to the target; bytes are copied both ways
 * unchanged, and when either side closes, both are closed. Thread-safe.
 */
final class CountingProxy implements AutoCloseable {
  private final ServerSocket serverSocket;
  private final int targetPort;
  private final ExecutorService threads;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private volatile boolean closed;

  private CountingProxy(ServerSocket serverSocket, int targetPort) {
    this.serverSocket = serverSocket;
    this.targetPort = targetPort;
    this.threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread t = new Thread(task, "contract-proxy");
              t.setDaemon(true);
              return t;
            });
    threads.execute(this::accept);
  }

  /** A proxy on a free port of 127.0.0.1 that relays to {@code 127.0.0.1:targetPort}. */
  static CountingProxy start(int targetPort) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
      return new CountingProxy(socket, targetPort);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the counting proxy", e);
    }
  }

  /** {@code http://127.0.0.1:PORT}, no trailing slash. */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
  }

  /** Connections clients opened so far. */
  int connectionsOpened() {
    return opened.get();
  }

  /** The most client connections that were open at the same time. */
  int peakOpenConnections() {
    return peak.get();
  }

  /**
   * Closes every open connection, both sides, as a server does with idle keep-alive connections:
   * clients see the connection end without a {@code Connection: close}.
   */
  void dropConnections() {
    for (Socket s : sockets) {
      closeQuietly(s);
    }
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

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = serverSocket.accept();
      } catch (IOException e) {
        return;
      }
      opened.incrementAndGet();
      peak.accumulateAndGet(open.incrementAndGet(), Math::max);
      Socket target = new Socket();
      sockets.add(client);
      sockets.add(target);
      AtomicBoolean done = new AtomicBoolean();
      Runnable finish =
          () -> {
            if (done.compareAndSet(false, true)) {
              open.decrementAndGet();
              closeQuietly(client);
              closeQuietly(target);
              sockets.remove(client);
              sockets.remove(target);
            }
          };
      try {
        client.setTcpNoDelay(true);
        target.setTcpNoDelay(true);
        target.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
        threads.execute(() -> pump(client, target, finish));
        threads.execute(() -> pump(target, client, finish));
      } catch (IOException | RuntimeException e) {
        finish.run();
      }
    }
  }

  private static void pump(Socket from, Socket to, Runnable finish) {
    byte[] buffer = new byte[16 * 1024];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // One side went away: close both below.
    } finally {
      finish.run();
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // Closing anyway.
    }
  }
}
