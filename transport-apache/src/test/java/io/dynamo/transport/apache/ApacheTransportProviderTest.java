package io.dynamo.transport.apache;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.transport.contract.ProviderContract;
import org.junit.jupiter.api.Test;

/**
 * The provider contract, run by {@link ApacheTransportProvider}: name {@code apache}, priority 10.
 */
class ApacheTransportProviderTest extends ProviderContract {
  ApacheTransportProviderTest() {
    super(new ApacheTransportProvider(), "apache", 10);
  }

  @Test
  void createsAnApacheTransportWithTheOptions() {
    TransportOptions options = TransportOptions.defaults().withMaxConnections(7);
    try (Transport transport = new ApacheTransportProvider().create(options)) {
      assertInstanceOf(ApacheTransport.class, transport);
      assertTrue(transport.toString().contains("maxConnections=7"), transport::toString);
    }
  }
}
