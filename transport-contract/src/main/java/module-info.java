/**
 * The contract test suite every transport runs: extend {@link
 * io.dynamo.transport.contract.TransportContract} and implement {@code createTransport}.
 *
 * <p>Test support, not published as API. It starts its servers on 127.0.0.1: the testkit's stub
 * server (plain and over TLS, with self-signed certificates made by the JDK's {@code keytool}), a
 * connection-counting relay in front of it, and the testkit's HTTP forward proxy.
 */
module io.dynamo.transport.contract {
  requires transitive io.dynamo.api;
  requires transitive org.junit.jupiter.api;
  requires org.junit.jupiter.params;
  requires transitive io.dynamo.testkit;

  exports io.dynamo.transport.contract;

  // JUnit calls the package-private test methods reflectively.
  opens io.dynamo.transport.contract to
      org.junit.platform.commons;
}
