package io.dynamo.transport.contract;

import static io.dynamo.transport.contract.ContractFixture.text;
import static io.dynamo.transport.contract.ContractFixture.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.AttemptTimeoutException;
import io.dynamo.api.error.TransportException;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.StubResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How a transport uses connections: keeps them alive and reuses them, stays within {@link
 * TransportOptions#maxConnections()}, serves many threads at once, and copes with connections the
 * server closed. Connections are counted by a {@link CountingProxy} in front of the stub server.
 */
interface ConnectionContract extends ContractFixture {

  /** Twenty sequential requests share one kept-alive connection. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void reusesOneConnectionForSequentialRequests(Mode mode) {
    try (CountingProxy proxy = CountingProxy.start(stub().port())) {
      for (int i = 0; i < 20; i++) {
        HttpResponse response =
            mode.send(transport(), ContractFixture.post(proxy.endpoint(), utf8("{}")), TIMEOUT);
        assertEquals(200, response.statusCode());
      }

      assertEquals(20, stub().requestCount());
      assertEquals(
          1, proxy.connectionsOpened(), "20 sequential requests, one kept-alive connection");
    }
  }

  /** Eight threads sending at once each get their answers, and every request arrives once. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void servesConcurrentRequestsFromManyThreads(Mode mode) throws Exception {
    int threads = 8;
    int perThread = 25;
    Transport transport = transport();
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      tasks.add(
          () -> {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              String body = "{\"thread\":" + thread + ",\"call\":" + i + "}";
              HttpResponse response = mode.send(transport, post(body), TIMEOUT);
              assertEquals(200, response.statusCode());
              assertEquals("{}", text(response));
              sent.add(body);
            }
            return sent;
          });
    }
    Set<String> sent = new HashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Future<List<String>> result : pool.invokeAll(tasks)) {
        sent.addAll(result.get());
      }
    } finally {
      pool.shutdownNow();
    }

    Set<String> received = new HashSet<>();
    for (RecordedRequest r : stub().requests()) {
      received.add(r.bodyAsString());
    }
    assertEquals(threads * perThread, stub().requestCount());
    assertEquals(sent, received);
  }

  /**
   * With {@code maxConnections} 2, six threads never have more than two connections open at once.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void opensNoMoreThanMaxConnections(Mode mode) throws Exception {
    // Each answer takes a moment, so the threads' requests overlap and compete for connections.
    stub().defaultResponse(StubResponse.dynamo("{}").delayed(Duration.ofMillis(20)));
    Transport transport =
        transport(new TransportOptions(TransportOptions.DEFAULT_CONNECT_TIMEOUT, 2, null));
    try (CountingProxy proxy = CountingProxy.start(stub().port())) {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        tasks.add(
            () -> {
              for (int i = 0; i < 5; i++) {
                mode.send(transport, ContractFixture.post(proxy.endpoint(), utf8("{}")), TIMEOUT);
              }
              return 5;
            });
      }
      ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
      try {
        for (Future<Integer> result : pool.invokeAll(tasks)) {
          result.get();
        }
      } finally {
        pool.shutdownNow();
      }

      assertEquals(30, stub().requestCount());
      assertTrue(
          proxy.peakOpenConnections() <= 2,
          "maxConnections is 2 but " + proxy.peakOpenConnections() + " were open at once");
    }
  }

  /**
   * A kept-alive connection the server closed while idle costs at most one {@link
   * io.dynamo.api.error.TransportException}; the call after works.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void replacesAnIdleConnectionTheServerClosed(Mode mode) {
    try (CountingProxy proxy = CountingProxy.start(stub().port())) {
      Transport transport = transport();
      mode.send(transport, ContractFixture.post(proxy.endpoint(), utf8("{}")), TIMEOUT);

      proxy.dropConnections(); // as a server does with keep-alive connections idle too long

      // The transport may notice the close (and open a new connection), or find out when it sends
      // on the dead connection: then it must fail with a TransportException, which the client
      // retries, or retry by itself. Either way the call after that succeeds.
      try {
        HttpResponse second =
            mode.send(transport, ContractFixture.post(proxy.endpoint(), utf8("{}")), TIMEOUT);
        assertEquals(200, second.statusCode());
      } catch (TransportException e) {
        assertFalse(e instanceof AttemptTimeoutException, () -> "not a timeout: " + e);
      }
      HttpResponse third =
          mode.send(transport, ContractFixture.post(proxy.endpoint(), utf8("{}")), TIMEOUT);
      assertEquals(200, third.statusCode());
    }
  }

  /**
   * A kept-alive connection the server closes as the next request arrives gives a {@link
   * io.dynamo.api.error.TransportException} (or a transparent retry); the call after works.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  default void reportsOrRetriesAKeptAliveConnectionClosedAsARequestArrives(Mode mode) {
    // The first answer keeps the connection alive; the server closes it when the next request
    // arrives on it without answering, as a server whose idle timeout races the request does.
    stub().enqueue(StubResponse.dynamo("{\"first\":1}"), StubResponse.disconnect());
    Transport transport = transport();
    assertEquals("{\"first\":1}", text(mode.send(transport, post("{}"), TIMEOUT)));

    try {
      HttpResponse retried = mode.send(transport, post("{}"), TIMEOUT);
      assertEquals(200, retried.statusCode(), "a transport that retries gets the next answer");
    } catch (TransportException e) {
      assertFalse(e instanceof AttemptTimeoutException, () -> "not a timeout: " + e);
      ContractFixture.assertSafeMessage(e, stub().endpoint());
    }
    assertEquals(200, mode.send(transport, post("{}"), TIMEOUT).statusCode());
  }
}
