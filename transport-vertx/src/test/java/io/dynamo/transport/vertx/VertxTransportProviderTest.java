package io.dynamo.transport.vertx;

import io.dynamo.transport.contract.ProviderContract;

/**
 * The provider contract, run by {@link VertxTransportProvider}: name {@code vertx}, priority 20.
 */
class VertxTransportProviderTest extends ProviderContract {
  VertxTransportProviderTest() {
    super(new VertxTransportProvider(), "vertx", 20);
  }
}
