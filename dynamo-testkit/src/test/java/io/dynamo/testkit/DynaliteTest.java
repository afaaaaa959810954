package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class DynaliteTest {

  @Test
  void startsOnAnEphemeralLoopbackPortAndAnswersListTables() throws Exception {
    try (Dynalite dynalite = Dynalite.start()) {
      assertTrue(dynalite.isRunning());
      assertEquals("http", dynalite.endpoint().getScheme());
      assertEquals("127.0.0.1", dynalite.endpoint().getHost());
      assertEquals(dynalite.port(), dynalite.endpoint().getPort());
      System.out.println("dynalite started in " + dynalite.startupTime().toMillis() + " ms");

      HttpResponse<String> response = DynamoHttp.call(dynalite.endpoint(), "ListTables", "{}");

      assertEquals(200, response.statusCode(), response.body());
      assertEquals("{\"TableNames\":[]}", response.body());
      CRC32 crc = new CRC32();
      crc.update(response.body().getBytes(StandardCharsets.UTF_8));
      assertEquals(
          Long.toString(crc.getValue()),
          response.headers().firstValue("x-amz-crc32").orElseThrow());
      ModelChecker.dynamoDb().assertValidOutput("ListTables", response.body());
    }
  }

  @Test
  void twoServersGetTwoPorts() {
    try (Dynalite first = Dynalite.start();
        Dynalite second = Dynalite.start()) {
      assertNotEquals(first.port(), second.port());
    }
  }

  @Test
  void closeStopsTheServer() throws Exception {
    Dynalite dynalite = Dynalite.start();
    int port = dynalite.port();

    dynalite.close();
    dynalite.close();

    assertFalse(dynalite.isRunning());
    assertThrows(
        ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
  }

  @Test
  void survivesClientsThatAbortInTheMiddleOfARequestBody() throws Exception {
    try (Dynalite dynalite = Dynalite.start()) {
      abortUpload(dynalite.port(), false);
      abortUpload(dynalite.port(), true);

      assertTrue(
          dynalite.awaitErrorOutput(
              line -> line.contains("uncaught exception ignored"), Duration.ofSeconds(10)),
          () -> "no guard message; error output:\n" + dynalite.errorOutput());
      HttpResponse<String> response = DynamoHttp.call(dynalite.endpoint(), "ListTables", "{}");
      assertEquals(200, response.statusCode());
      assertTrue(dynalite.isRunning());
    }
  }

  /** Sends headers announcing 1000 body bytes, 20 of them, then closes (or resets). */
  private static void abortUpload(int port, boolean reset) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      String head =
          "POST / HTTP/1.1\r\nHost: 127.0.0.1:"
              + port
              + "\r\nAuthorization: "
              + DynamoHttp.AUTHORIZATION
              + "\r\nX-Amz-Date: 20260101T000000Z\r\nX-Amz-Target: DynamoDB_20120810.ListTables"
              + "\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: 1000\r\n\r\n"
              + "{\"ExclusiveStartTab";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      if (reset) {
        socket.setSoLinger(true, 0);
      }
    }
  }

  @Test
  void keepsNewTablesCreatingForTheConfiguredTime() throws Exception {
    try (Dynalite dynalite = Dynalite.builder().createTableMs(60_000).start()) {
      String table = Dynalite.uniqueName("slow");
      HttpResponse<String> created =
          DynamoHttp.call(dynalite.endpoint(), "CreateTable", TableJson.create(table));
      assertEquals(200, created.statusCode(), created.body());

      String described =
          DynamoHttp.call(dynalite.endpoint(), "DescribeTable", "{\"TableName\":\"" + table + "\"}")
              .body();

      assertTrue(described.contains("\"TableStatus\":\"CREATING\""), described);
    }
  }

  @Test
  void uniqueNamesAreDistinctValidTableNames() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String name = Dynalite.uniqueName("users");
      assertTrue(name.startsWith("users-"), name);
      assertTrue(name.matches("[a-zA-Z0-9_.-]{3,255}"), name);
      names.add(name);
    }
    assertEquals(1000, names.size());
  }

  @Test
  void uniqueNameRejectsCharactersDynamoDbDoesNotAllow() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dynalite.uniqueName("my table"));
    assertTrue(e.getMessage().contains("'my table'"), e.getMessage());
  }

  @Test
  void builderRejectsNegativeDelays() {
    assertThrows(IllegalArgumentException.class, () -> Dynalite.builder().createTableMs(-1));
    assertThrows(IllegalArgumentException.class, () -> Dynalite.builder().maxItemSizeKb(0));
  }
}
