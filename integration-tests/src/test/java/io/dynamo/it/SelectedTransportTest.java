package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.Operation;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.StubServer;
import org.junit.jupiter.api.Test;

/**
 * The suite runs once per transport, chosen by {@code -Dio.dynamo.transport} (see this module's
 * pom): a client built without {@code .transport(...)} must get that one, or the runs would all
 * test the same.
 */
class SelectedTransportTest {

  @Test
  void clientsGetTheTransportThisRunNames() {
    String wanted = System.getProperty("io.dynamo.transport");
    assertNotNull(wanted, "every run of this suite names its transport");
    try (StubServer stub = StubServer.start();
        DynamoClient db =
            DynamoClient.builder()
                .endpoint(stub.endpoint())
                .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
                .build()) {
      assertTrue(db.toString().contains("transport=" + wanted + "]"), db::toString);
      db.apiCall(Operation.LIST_TABLES, "{}");
      String agent = stub.lastRequest().header("User-Agent").orElseThrow();
      assertTrue(agent.contains(" transport/" + wanted), agent);
      assertEquals(1, stub.requestCount());
    }
  }
}
