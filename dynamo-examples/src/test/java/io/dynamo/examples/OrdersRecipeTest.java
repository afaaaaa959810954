package io.dynamo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import io.dynamo.testkit.ModelChecker;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's orders recipe, with dynamo-mapper, against dynalite (its transaction against a stub
 * server: dynalite has none), and the same program written without the mapper, which must find the
 * same orders.
 */
class OrdersRecipeTest {
  private static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", "secret");
  private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void theRecipeFindsWhatTheProgramWithoutTheMapperFinds() {
    try (Dynalite dynalite = Dynalite.start();
        DynamoClient db =
            DynamoClient.builder().endpoint(dynalite.endpoint()).credentials(CREDENTIALS).build()) {
      OrdersRecipe.Found mapped = OrdersRecipe.run(db, START);
      assertEquals(4, mapped.page().size());
      assertEquals(4, mapped.next().size());
      Set<Order> both = new HashSet<>(mapped.page());
      both.addAll(mapped.next());
      assertEquals(8, both.size(), "two pages, no order twice");
      assertTrue(both.stream().allMatch(o -> o.customer().equals("c-3")), both.toString());
      assertEquals(Order.Status.PAID, mapped.paid().status());
      assertEquals(Set.of("paid"), mapped.paid().tags());
      assertEquals(2, mapped.some().size());

      db.deleteTable("orders");
      db.waitUntilTableDeleted("orders");
      OrdersRecipe.Found today = OrdersToday.run(db, START);
      assertEquals(mapped.paid(), today.paid());
      assertEquals(Set.copyOf(mapped.some()), Set.copyOf(today.some()));
      assertEquals(Set.copyOf(mapped.page()), Set.copyOf(today.page()));
    }
  }

  @Test
  void theTransactionSendsWhatTheProgramWithoutTheMapperSends() {
    try (StubServer stub = StubServer.start();
        DynamoClient client =
            DynamoClient.builder().endpoint(stub.endpoint()).credentials(CREDENTIALS).build()) {
      stub.enqueue(StubResponse.dynamo("{}"), StubResponse.dynamo("{}"));
      OrdersRecipe.ship(client, START);
      OrdersToday.ship(client, START);
      ModelChecker.dynamoDb().assertValidRequest(stub.request(0));
      String mapped = withoutToken(stub.request(0).bodyAsString());
      assertEquals(withoutToken(stub.request(1).bodyAsString()), mapped);
      assertTrue(mapped.contains("\"UpdateExpression\":\"SET #n0 = :v0\""), mapped);
    }
  }

  private static String withoutToken(String body) {
    return body.replaceAll("\"ClientRequestToken\":\"[^\"]*\"", "");
  }

  /** Non-blank lines of the tagged regions: what the README's comparison counts. */
  static int lines(Path file, String... tags) throws IOException {
    Map<String, String> regions = ReadmeTest.regions(Files.readString(file));
    int n = 0;
    for (String tag : tags) {
      n += (int) regions.get(tag).lines().filter(l -> !l.isBlank()).count();
    }
    return n;
  }

  @Test
  void theRecipeIsShorterThanTheProgramWithoutTheMapper() throws IOException {
    Path root = Path.of(System.getProperty("dynamo.root", ".."));
    Path main = root.resolve("dynamo-examples/src/main/java/io/dynamo/examples");
    Path test = root.resolve("dynamo-examples/src/test/java/io/dynamo/examples");
    int mapped =
        lines(main.resolve("Order.java"), "orders-record")
            + lines(main.resolve("OrdersRecipe.java"), "orders-mapper", "orders-transaction");
    int today =
        lines(
            test.resolve("OrdersToday.java"), "today-record", "today-program", "today-transaction");
    System.out.println(
        "orders recipe: " + mapped + " lines with dynamo-mapper, " + today + " without");
    assertTrue(mapped < today, mapped + " vs " + today);
    String readme = Files.readString(root.resolve("README.md"));
    assertTrue(
        readme.contains("These are " + mapped + " lines;")
            && readme.contains(" is " + today + " (`OrdersToday.java`"),
        "the README's counts: " + mapped + " and " + today);
  }
}
