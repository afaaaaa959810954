package io.dynamo.transport.jdk;

import io.dynamo.transport.contract.ProviderContract;

/** The provider contract, run by {@link JdkTransportProvider}: name {@code jdk}, priority 0. */
class JdkTransportProviderTest extends ProviderContract {
  JdkTransportProviderTest() {
    super(new JdkTransportProvider(), "jdk", 0);
  }
}
