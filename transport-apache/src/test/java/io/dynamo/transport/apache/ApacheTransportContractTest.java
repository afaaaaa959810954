package io.dynamo.transport.apache;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.transport.contract.TransportContract;

/** The transport contract, run by {@link ApacheTransport}. */
class ApacheTransportContractTest extends TransportContract {

  @Override
  public Transport createTransport(TransportOptions options) {
    return ApacheTransport.create(options);
  }
}
