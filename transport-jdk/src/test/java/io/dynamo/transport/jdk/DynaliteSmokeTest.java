package io.dynamo.transport.jdk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.Operation;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end against a real DynamoDB-compatible server: the client, signed, over this transport.
 */
@ExtendWith(DynaliteExtension.class)
class DynaliteSmokeTest {
  private final Dynalite dynalite;

  DynaliteSmokeTest(Dynalite dynalite) {
    this.dynalite = dynalite;
  }

  private DynamoClient client() {
    return DynamoClient.builder()
        .endpoint(dynalite.endpoint())
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
        .transport(JdkTransport.create())
        .build();
  }

  @Test
  void listsTablesSynchronously() {
    try (DynamoClient client = client()) {
      for (int i = 0; i < 3; i++) {
        String json = client.apiCall(Operation.LIST_TABLES, "{}");

        assertTrue(json.contains("\"TableNames\""), json);
      }
    }
  }

  @Test
  void listsTablesAsynchronously() throws Exception {
    try (DynamoClient client = client()) {
      String json = client.async().apiCall(Operation.LIST_TABLES, "{}").get(30, TimeUnit.SECONDS);

      assertTrue(json.contains("\"TableNames\""), json);
    }
  }
}
