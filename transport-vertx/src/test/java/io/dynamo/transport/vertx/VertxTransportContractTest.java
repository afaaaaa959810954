package io.dynamo.transport.vertx;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.transport.contract.TransportContract;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;

/** The transport contract, run by {@link VertxTransport}s on Vert.x instances of their own. */
class VertxTransportContractTest extends TransportContract {

  /**
   * Vert.x starts one daemon thread per JVM ({@code Cleaner-N}, the {@code java.lang.ref.Cleaner}
   * its {@code VertxImpl} class holds) the first time any Vert.x is made, and never ends it. It is
   * not a transport's, so it is started here, before the contract's check for threads left behind,
   * should that check run first.
   */
  @BeforeAll
  static void startVertxsThreadOfItsOwn() throws Exception {
    Vertx.vertx().close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Override
  public Transport createTransport(TransportOptions options) {
    return VertxTransport.create(options);
  }
}
