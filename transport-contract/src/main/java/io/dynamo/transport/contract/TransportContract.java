package io.dynamo.transport.contract;

import io.dynamo.api.spi.Transport;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.StubServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every {@link Transport} fulfils, as one JUnit 5 test suite. A transport module runs
 * it by extending this class:
 *
 * <pre>{@code
 * class JdkTransportContractTest extends TransportContract {
 *   @Override
 *   public Transport createTransport(TransportOptions options) {
 *     return JdkTransport.create(options);
 *   }
 * }
 * }</pre>
 *
 * <p>The tests, most run once through {@link Transport#execute} and once through {@link
 * Transport#executeAsync}:
 *
 * <ul>
 *   <li><b>requests</b>: method, target (also for an endpoint with a path such as {@code
 *       /ru-central1/b1g/etn}), headers (repeated ones too) and body bytes arrive exactly; {@code
 *       Host} names the URI's host and port; the body is sized, not chunked; headers the transport
 *       owns ({@code Host}, {@code Content-Length}, {@code Connection}, {@code Expect}, {@code
 *       Upgrade}, {@code Transfer-Encoding}) are skipped, not fatal;
 *   <li><b>responses</b>: status, headers and body as received, including empty and 1 MB bodies;
 *       4xx and 5xx are responses, not exceptions; redirects are not followed;
 *   <li><b>connections</b>: sequential requests share one kept-alive connection; many threads at
 *       once are served; no more than {@link TransportOptions#maxConnections()} connections are
 *       open at once; a kept-alive connection the server closed, idle or as a request arrives,
 *       costs at most one {@link io.dynamo.api.error.TransportException};
 *   <li><b>failures</b>: a late answer or slow body fails with {@link
 *       io.dynamo.api.error.AttemptTimeoutException} within its timeout; refused, dropped and reset
 *       connections and truncated bodies with {@link io.dynamo.api.error.TransportException},
 *       quickly; messages name the URI but no header; a timed-out or broken connection is never
 *       reused; an interrupted {@code execute} fails and keeps the interrupt flag;
 *   <li><b>lifecycle</b>: a short lower-case {@link Transport#name()}; the same result both ways;
 *       {@code executeAsync} does not block; {@code close()} is idempotent, fails later calls and
 *       calls in flight (sync and async) promptly with an unretried {@link
 *       io.dynamo.api.error.TransportClosedException}, and leaves no thread behind;
 *   <li><b>TLS</b>: a self-signed certificate is rejected by default and accepted when {@link
 *       TransportOptions#sslContext()} trusts it; a trusted certificate for another host name is
 *       rejected; neither is retried (one handshake, {@code isRetryable()} false);
 *   <li><b>response cap</b>: a body over {@link TransportOptions#maxResponseBytes()}, whether
 *       declared by its {@code Content-Length} (10 GB) or growing without end (chunked), fails
 *       promptly with an unretried {@link io.dynamo.api.error.ResponseTooLargeException}, and its
 *       connection is not reused; a body exactly at the cap is read; there is a cap by default;
 *   <li><b>proxy</b>: with {@link TransportOptions#proxy()}, plain HTTP is forwarded through it and
 *       HTTPS tunnelled with {@code CONNECT}, Basic credentials are given when it asks (for both),
 *       bypassed hosts are reached directly, and the password never shows.
 * </ul>
 *
 * <p>Servers run on 127.0.0.1: the testkit's {@link StubServer} (a new one per test), a
 * connection-counting relay in front of it, the testkit's HTTP {@link
 * io.dynamo.testkit.ForwardProxy} that maps every host name to 127.0.0.1, and the stub server over
 * TLS with the testkit's {@link io.dynamo.testkit.SelfSignedCertificate}s, which the JDK's {@code
 * keytool} makes once per JVM. Every test has a 60 s time limit, and the transports it creates are
 * closed after it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class TransportContract
    implements RequestContract,
        ResponseContract,
        ConnectionContract,
        FailureContract,
        LifecycleContract,
        TlsContract,
        LimitContract,
        ProxyContract {
  private final List<Transport> transports = new ArrayList<>();
  private StubServer stub;
  private Transport transport;

  /** For subclasses. */
  protected TransportContract() {}

  /**
   * A new transport with these options: the transport under test. Called once or more per test; the
   * contract closes what it returns.
   */
  @Override
  public abstract Transport createTransport(TransportOptions options);

  @BeforeEach
  final void startStubServer() {
    stub = StubServer.start();
  }

  @AfterEach
  final void closeTransportsAndServer() {
    try {
      for (Transport t : transports) {
        t.close();
      }
    } finally {
      transports.clear();
      transport = null;
      stub.close();
    }
  }

  /** The stub server of the current test. */
  @Override
  public final StubServer stub() {
    return stub;
  }

  /** A transport with default options, made on first use in a test and closed after it. */
  @Override
  public final Transport transport() {
    if (transport == null) {
      transport = transport(TransportOptions.defaults());
    }
    return transport;
  }

  /** A new transport with these options, closed after the current test. */
  @Override
  public final Transport transport(TransportOptions options) {
    Transport created =
        Objects.requireNonNull(createTransport(options), "createTransport returned null");
    transports.add(created);
    return created;
  }
}
