package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynaliteExtension.class)
class DynaliteExtensionSecondTest {

  @Test
  void everyTestClassOfTheJvmSharesOneServer(Dynalite dynalite) {
    assertEquals(1, SharedServers.record(dynalite));
  }

  @Test
  void theEndpointAnswersDynamoDbRequests(URI endpoint) throws Exception {
    HttpResponse<String> response = DynamoHttp.call(endpoint, "ListTables", "{\"Limit\":1}");

    assertEquals(200, response.statusCode(), response.body());
  }
}
