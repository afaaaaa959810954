package io.dynamo.transport.jdk;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.transport.contract.TransportContract;

/** The transport contract, run by {@link JdkTransport}. */
class JdkTransportContractTest extends TransportContract {

  @Override
  public Transport createTransport(TransportOptions options) {
    return JdkTransport.create(options);
  }
}
