package io.dynamo.transport.vertx;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.transport.contract.TransportContract;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The transport contract, run by {@link VertxTransport}s on one Vert.x they are given (as an
 * application on Vert.x would use them) rather than on one of their own; closing them closes their
 * Web Clients only. The Vert.x has one event loop, started before the tests, so the contract's
 * check for threads left behind sees only what the transports themselves would start.
 */
class GivenVertxContractTest extends TransportContract {
  private static Vertx vertx;

  @BeforeAll
  static void startVertx() throws Exception {
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    vertx
        .executeBlocking(() -> "the worker thread started too")
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Override
  public Transport createTransport(TransportOptions options) {
    return VertxTransport.create(vertx, options);
  }
}
