package io.dynamo.jacksonfloor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.PackageVersion;
import com.sun.net.httpserver.HttpServer;
import io.dynamo.api.DynamoClient;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.DynamoJson;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small consumer on whichever jackson-core this run puts on the class path (see the POM): items
 * through the wire format, and GetItem and PutItem through a whole client against a stub server. On
 * a jackson-core older than the floor, building the client fails, naming both versions.
 */
class JacksonFloorTest {
  private static final String EXPECTED = System.getProperty("jackson.expected");
  private static final String FOUND = PackageVersion.VERSION.toString();
  private static final boolean SUPPORTED =
      PackageVersion.VERSION.getMajorVersion() == 2
          && PackageVersion.VERSION.getMinorVersion() >= 15;
  private static final String GRIN = "\uD83D\uDE00"; // U+1F600, a surrogate pair in Java

  private static HttpServer server;
  private static final List<String> bodies = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          bodies.add(body);
          String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
          String answer =
              target.endsWith(".GetItem")
                  ? "{\"Item\":{\"id\":{\"S\":\"1\"},\"face "
                      + GRIN
                      + "\":{\"S\":\""
                      + GRIN
                      + "\"},\"n\":{\"N\":\"12.50\"},\"tags\":{\"SS\":[\"a\",\"b\"]},"
                      + "\"nested\":{\"M\":{\"l\":{\"L\":[{\"BOOL\":true},{\"NULL\":true}]}}}}}"
                  : "{}";
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stopStub() {
    server.stop(0);
  }

  private static DynamoClient client() {
    return DynamoClient.builder()
        .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .region("us-east-1")
        .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        .build();
  }

  @Test
  void theJacksonCoreOnTheClassPathIsTheOneThisRunIsFor() {
    assertEquals(EXPECTED, FOUND);
  }

  @Test
  void itemsGoThroughTheWireFormat() {
    assumeTrue(SUPPORTED);
    Item item =
        Item.of(
            "id",
            1,
            "face " + GRIN,
            GRIN + " text",
            "bytes",
            new byte[] {1, 2, 3},
            "list",
            List.of(1, "two", Map.of("three", 3)));
    Map<String, AttributeValue> attributes = item.attributes();
    assertEquals(attributes, DynamoJson.readItem(DynamoJson.writeItemBytes(attributes)));
    assertEquals(attributes, DynamoJson.readItem(DynamoJson.writeItem(attributes)));
  }

  @Test
  void getAndPutItemThroughAClient() {
    assumeTrue(SUPPORTED);
    try (DynamoClient db = client()) {
      db.putItem("things", Item.of("id", "1", "face " + GRIN, GRIN));
      String put = bodies.get(bodies.size() - 1);
      assertTrue(put.contains("\"TableName\":\"things\""), put);
      // 2.18 and newer write the character as its four UTF-8 bytes; older ones as the escaped
      // surrogate pair, which is the same JSON string
      boolean combined = PackageVersion.VERSION.getMinorVersion() >= 18;
      String face = combined ? GRIN : "\\uD83D\\uDE00";
      assertTrue(put.contains("\"face " + face + "\":{\"S\":\"" + face + "\"}"), put);

      Item got = db.getItem("things", Key.of("id", "1")).item();
      assertEquals(GRIN, got.getString("face " + GRIN));
      assertEquals("12.50", got.getBigDecimal("n").toPlainString());
      assertEquals(java.util.Set.of("a", "b"), got.getStringSet("tags"));
    }
  }

  @Test
  void anOlderJacksonCoreIsRefusedWhenTheClientIsBuilt() {
    assumeFalse(SUPPORTED);
    IllegalStateException e = assertThrows(IllegalStateException.class, JacksonFloorTest::client);
    assertTrue(e.getMessage().contains("needs jackson-core 2.15.0 or newer"), e.getMessage());
    assertTrue(e.getMessage().contains("found " + FOUND), e.getMessage());
  }
}
