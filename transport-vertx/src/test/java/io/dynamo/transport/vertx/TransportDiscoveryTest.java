package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Operation;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import org.junit.jupiter.api.Test;

/**
 * A client built without {@code .transport(...)} finds this one through {@code ServiceLoader} on
 * the module path (dynamo-api declares the {@code uses}; this module the {@code provides}).
 */
class TransportDiscoveryTest {

  @Test
  void aClientWithoutAnExplicitTransportPicksVertx() {
    try (StubServer stub = StubServer.start()) {
      stub.enqueue(StubResponse.dynamo("{\"TableNames\":[]}"));
      try (DynamoClient client =
          DynamoClient.builder()
              .endpoint(stub.endpoint())
              .region("us-east-1")
              .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
              .build()) {

        assertTrue(client.toString().contains("transport=vertx"), client.toString());
        assertTrue(client.apiCall(Operation.LIST_TABLES, "{}").contains("TableNames"));
        assertTrue(
            stub.lastRequest().header("User-Agent").orElseThrow().contains("transport/vertx"),
            "the User-Agent names the transport");
      }
    }
  }
}
