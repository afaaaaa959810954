package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireLogTest {
  private static final String SIGV4 =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/us-east-1/dynamodb/aws4_request,"
          + " SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,"
          + " Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

  @Test
  void aSigV4AuthorizationKeepsItsScopeButNotItsKeyIdOrSignature() {
    String masked = WireLog.mask("Authorization", SIGV4);
    assertEquals(
        "AWS4-HMAC-SHA256 Credential=****/20261125/us-east-1/dynamodb/aws4_request,"
            + " SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,"
            + " Signature=****",
        masked);
    assertFalse(masked.contains("AKIDEXAMPLE"));
    assertFalse(masked.contains("5d672d79"));
  }

  @Test
  void otherSchemesKeepOnlyTheirName() {
    assertEquals("Bearer ****", WireLog.mask("authorization", "Bearer t1.abc-def"));
    assertEquals("****", WireLog.mask("Authorization", "opaque"));
    assertEquals("Basic ****", WireLog.mask("Proxy-Authorization", "Basic dXNlcjpwYXNz"));
  }

  @Test
  void tokensAndOtherSecretHeadersAreMasked() {
    assertEquals("****", WireLog.mask("X-Amz-Security-Token", "FQoGZXIvYXdzEJr//////////wEaDM"));
    assertEquals("****", WireLog.mask("x-amz-sso_bearer_token", "aoa123"));
    assertEquals("****", WireLog.mask("Cookie", "session=1"));
    assertEquals("****", WireLog.mask("x-api-key", "k"));
    assertEquals(
        "DynamoDB_20120810.GetItem", WireLog.mask("X-Amz-Target", "DynamoDB_20120810.GetItem"));
    assertEquals("20261125T100000Z", WireLog.mask("X-Amz-Date", "20261125T100000Z"));
  }

  @Test
  void aLeadingTableNameIsFoundWithoutParsing() {
    assertEquals(
        "users", RequestFacts.leadingTableName(bytes("{\"TableName\":\"users\",\"Key\":{}}")));
    assertEquals(
        "arn:aws:dynamodb:us-east-1:123456789012:table/users",
        RequestFacts.leadingTableName(
            bytes(
                "\n{ \"TableName\" :\t\"arn:aws:dynamodb:us-east-1:123456789012:table/users\"}")));
    assertNull(RequestFacts.leadingTableName(bytes("{\"Key\":{},\"TableName\":\"users\"}")));
    assertNull(RequestFacts.leadingTableName(bytes("{\"TableName\":\"us\\u0065rs\"}")));
    assertNull(RequestFacts.leadingTableName(bytes("{\"TableName\":\"users")));
    assertNull(RequestFacts.leadingTableName(bytes("{\"TableName\":42}")));
    assertNull(RequestFacts.leadingTableName(bytes("{\"TableName\":\"\"}")));
    assertNull(RequestFacts.leadingTableName(bytes("")));
    assertNull(RequestFacts.leadingTableName(bytes("[]")));
  }

  @Test
  void aRawBodysConsumedCapacityIsReadAsOneOrAList() {
    var one =
        CapacityJson.read(
            bytes(
                "{\"Item\":{\"ConsumedCapacity\":{\"S\":\"x\"}},\"ConsumedCapacity\":"
                    + "{\"TableName\":\"t\",\"CapacityUnits\":1.5,\"ReadCapacityUnits\":1.5,"
                    + "\"GlobalSecondaryIndexes\":{\"g\":{\"CapacityUnits\":0.5}},\"Other\":[1]}}"));
    assertEquals(1, one.size());
    assertEquals("t", one.get(0).tableName());
    assertEquals(1.5, one.get(0).capacityUnits());
    assertEquals(0.5, one.get(0).globalSecondaryIndexes().get("g").capacityUnits());
    var many =
        CapacityJson.read(
            bytes(
                "{\"ConsumedCapacity\":[{\"TableName\":\"a\",\"CapacityUnits\":1},"
                    + "{\"TableName\":\"b\",\"CapacityUnits\":2}]}"));
    assertEquals(List.of("a", "b"), many.stream().map(c -> c.tableName()).toList());
    assertTrue(CapacityJson.read(bytes("{\"Items\":[]}")).isEmpty());
    assertTrue(CapacityJson.read(bytes("{\"ConsumedCapacity\":")).isEmpty());
    assertTrue(CapacityJson.read(bytes("not json \"ConsumedCapacity\"")).isEmpty());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
