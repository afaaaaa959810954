package io.dynamo.it;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.ScalarType;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import java.math.BigDecimal;

/**
 * A user's program as it runs outside any test harness: started with plain {@code java -p ... -m
 * io.dynamo.it/io.dynamo.it.BlackBox} (or {@code -cp}), it builds a client without naming a
 * transport, so the one on the path is found, and makes a few calls; it prints what it got.
 *
 * <p>Arguments: the endpoint (a dynalite on 127.0.0.1) and a table name to create.
 */
public final class BlackBox {
  private BlackBox() {}

  /** Creates a table, puts an item with a {@link Money} value, reads it back and prints it. */
  public static void main(String[] args) {
    try (DynamoClient db =
        DynamoClient.builder()
            .endpoint(args[0])
            .region("us-east-1")
            .credentials(Credentials.of("AKIDEXAMPLE", "black-box-secret"))
            .build()) {
      String table = args[1];
      db.createTable(
          CreateTableRequest.builder()
              .table(table)
              .hashKey("id", ScalarType.S)
              .billingMode(BillingMode.PAY_PER_REQUEST)
              .build());
      db.putItem(
          table,
          Item.of("id", "box-1", "price", new Money(new BigDecimal("12.50"), "EUR"), "n", 7));
      Item item = db.getItem(table, Key.of("id", "box-1")).item();
      long async = db.async().getItem(table, Key.of("id", "box-1")).join().item().getLong("n");
      System.out.println(db);
      System.out.println(
          "item id="
              + item.getString("id")
              + " price="
              + item.get("price", Money.class)
              + " n="
              + item.getLong("n")
              + " async n="
              + async);
    }
  }
}
