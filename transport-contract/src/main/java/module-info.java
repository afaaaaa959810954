/**
 * The contract test suite every transport runs: extend {@link
 * io.dynamo.transport.contract.TransportContract} and implement {@code createTransport}.
 *
 * <p>Test support, not published as API. It starts its servers on 127.0.0.1: the testkit's stub
 * server, a connection-counting proxy in front of it, and an HTTPS server from {@code
 * jdk.httpserver} with a self-signed certificate made by the JDK's {@code keytool}.
 */
module io.dynamo.transport.contract {
  requires transitive io.dynamo.api;
  requires transitive org.junit.jupiter.api;
  requires org.junit.jupiter.params;
  requires transitive io.dynamo.testkit;
  requires jdk.httpserver;

  exports io.dynamo.transport.contract;

  // JUnit calls the package-private test methods reflectively.
  opens io.dynamo.transport.contract to
      org.junit.platform.commons;
}
