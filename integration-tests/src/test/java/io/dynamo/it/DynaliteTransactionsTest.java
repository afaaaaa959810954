package io.dynamo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.error.DynamoServiceException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.DynaliteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * dynalite has no transactions: the typed calls reach it and its answer comes back as a typed
 * {@code UnknownOperationException}, so users of dynalite see plainly what is missing.
 */
@ExtendWith(DynaliteExtension.class)
class DynaliteTransactionsTest {

  @Test
  void transactionsAreAnUnknownOperationOnDynalite(Dynalite dynalite) {
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint(dynalite.endpoint())
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .build()) {
      String table = Dynalite.uniqueName("tx");

      DynamoServiceException write =
          assertThrows(
              DynamoServiceException.class,
              () ->
                  db.transactWriteItems(
                      TransactWriteItemsRequest.builder()
                          .put(table, Item.of("id", "a"))
                          .delete(table, Key.of("id", "b"))
                          .build()));
      assertEquals(DynamoServiceException.class, write.getClass());
      assertEquals("UnknownOperationException", write.errorType());
      assertEquals(400, write.statusCode());
      assertEquals(Operation.TRANSACT_WRITE_ITEMS, write.operation());

      DynamoServiceException get =
          assertThrows(
              DynamoServiceException.class,
              () ->
                  db.transactGetItems(
                      TransactGetItemsRequest.builder().get(table, Key.of("id", "a")).build()));
      assertEquals("UnknownOperationException", get.errorType());
      assertEquals(Operation.TRANSACT_GET_ITEMS, get.operation());
    }
  }
}
