package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamo.api.error.ResponseTooLargeException;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A short answer refused for its declared length often arrives whole in one read, and Vert.x then
 * puts its connection back in the pool even though the transport reset the request. The transport
 * completes such a failure only once the connection is closed, so the caller's next request never
 * gets it: checked many times over, on one event loop, where the race showed most.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscardedConnectionTest {
  private static final int ROUNDS = 100;
  private static Vertx vertx;

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
  }

  @AfterAll
  static void stopVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void neverReusesTheConnectionOfARefusedAnswer() throws Exception {
    byte[] tooLong = new byte[1025];
    Arrays.fill(tooLong, (byte) 'x');
    int reused = 0;
    for (int i = 0; i < ROUNDS; i++) {
      try (StubServer stub = StubServer.start();
          VertxTransport transport =
              VertxTransport.create(
                  vertx, TransportOptions.defaults().withMaxResponseBytes(1024))) {
        stub.enqueue(StubResponse.of(200).withBody(tooLong), StubResponse.dynamo("{}"));
        HttpRequest request = HttpRequest.of("POST", stub.endpoint(), List.of(), new byte[2]);

        ExecutionException e =
            assertThrows(
                ExecutionException.class,
                () ->
                    transport
                        .executeAsync(request, Duration.ofSeconds(10))
                        .get(10, TimeUnit.SECONDS));
        assertEquals(ResponseTooLargeException.class, e.getCause().getClass());
        transport.executeAsync(request, Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
        if (stub.connectionCount() != 2) {
          reused++;
        }
      }
    }

    assertEquals(0, reused, "rounds in which the refused answer's connection was reused");
  }
}
