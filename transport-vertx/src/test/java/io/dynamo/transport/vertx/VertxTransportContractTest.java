package io.dynamo.transport.vertx;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.transport.contract.TransportContract;

/** The transport contract, run by {@link VertxTransport}. */
class VertxTransportContractTest extends TransportContract {

  @Override
  public Transport createTransport(TransportOptions options) {
    return VertxTransport.create(options);
  }
}
