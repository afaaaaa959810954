package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.testkit.Violation.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCheckerTest {
  private final ModelChecker model = ModelChecker.dynamoDb();

  /** The single violation of {@code json} as input of {@code operation}, as text. */
  private String only(String operation, String json) {
    List<Violation> violations = model.validateInput(operation, json);
    assertEquals(1, violations.size(), violations::toString);
    return violations.get(0).toString();
  }

  @Test
  void acceptsAnItemWithEveryAttributeType() {
    String item =
        "{\"TableName\":\"users\",\"Item\":{"
            + "\"s\":{\"S\":\"x\"},\"n\":{\"N\":\"1.5\"},\"b\":{\"B\":\"AAH/\"},"
            + "\"ss\":{\"SS\":[\"a\",\"b\"]},\"ns\":{\"NS\":[\"1\"]},\"bs\":{\"BS\":[\"eA==\"]},"
            + "\"m\":{\"M\":{\"k\":{\"L\":[{\"NULL\":true},{\"BOOL\":false},{\"S\":\"\"}]}}},"
            + "\"user/id\":{\"N\":\"7\"}},"
            + "\"ConditionExpression\":\"attribute_not_exists(#k)\","
            + "\"ExpressionAttributeNames\":{\"#k\":\"user/id\"},"
            + "\"ReturnValues\":\"ALL_OLD\",\"ReturnConsumedCapacity\":\"TOTAL\"}";

    assertEquals(List.of(), model.validateInput("PutItem", item));
  }

  @Test
  void acceptsRequestsOfOperationsDynaliteLacks() {
    assertEquals(
        List.of(),
        model.validateInput(
            "TransactWriteItems",
            "{\"TransactItems\":[{\"Put\":{\"TableName\":\"t\",\"Item\":{\"id\":{\"S\":\"1\"}}}},"
                + "{\"ConditionCheck\":{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"2\"}},"
                + "\"ConditionExpression\":\"attribute_exists(id)\"}}],"
                + "\"ClientRequestToken\":\"abc\"}"));
    assertEquals(
        List.of(),
        model.validateInput(
            "ExecuteStatement",
            "{\"Statement\":\"SELECT * FROM t WHERE id = ?\",\"Parameters\":[{\"S\":\"1\"}]}"));
    assertEquals(
        List.of(),
        model.validateInput(
            "UpdateTimeToLive",
            "{\"TableName\":\"t\",\"TimeToLiveSpecification\":"
                + "{\"Enabled\":true,\"AttributeName\":\"ttl\"}}"));
    assertEquals(List.of(), model.validateInput("DescribeLimits", "{}"));
    assertEquals(List.of(), model.validateInput("DynamoDB_20120810.ListTables", "{\"Limit\":5}"));
  }

  @Test
  void reportsAMissingRequiredMember() {
    assertEquals(
        "TableName: required member of PutItemInput is missing (rule: required)",
        only("PutItem", "{\"Item\":{}}"));
    assertEquals(
        "TableName: required member of GetItemInput is null (rule: required)",
        only("GetItem", "{\"TableName\":null,\"Key\":{}}"));
  }

  @Test
  void reportsUnknownMembersWithASuggestion() {
    assertEquals(
        "tableName: unknown member 'tableName' of DescribeTableInput (did you mean 'TableName'?)"
            + " (rule: unknown-member)",
        only("DescribeTable", "{\"TableName\":\"t\",\"tableName\":\"t\"}"));
  }

  @Test
  void reportsJsonTypesThatDoNotFitTheShape() {
    assertEquals(
        "Limit: expected ListTablesInputLimit (integer) but found the string 'abc' (rule: type)",
        only("ListTables", "{\"Limit\":\"abc\"}"));
    assertEquals(
        "Limit: expected ListTablesInputLimit (integer) but found the decimal number 1.5"
            + " (rule: type)",
        only("ListTables", "{\"Limit\":1.5}"));
    assertEquals(
        "ConsistentRead: expected ConsistentRead (boolean) but found the string 'yes' (rule: type)",
        only("GetItem", "{\"TableName\":\"t\",\"Key\":{},\"ConsistentRead\":\"yes\"}"));
    assertEquals(
        "Item: expected PutItemInputAttributeMap (map) but found an array (rule: type)",
        only("PutItem", "{\"TableName\":\"t\",\"Item\":[]}"));
    assertEquals(
        "(document): expected ListTablesInput (structure) but found an array (rule: type)",
        only("ListTables", "[]"));
  }

  @Test
  void checksBlobsAsBase64AndTimestampsAsNumbers() {
    assertTrue(
        only("PutItem", "{\"TableName\":\"t\",\"Item\":{\"b\":{\"B\":\"not base64!\"}}}")
            .startsWith("Item.b.B: expected BinaryAttributeValue (blob) as base64"));
    assertEquals(
        "ExportTime: expected ExportTime (timestamp) but found the string '2026-01-01T00:00:00Z'"
            + " (timestamps are epoch seconds as a JSON number) (rule: type)",
        only(
            "ExportTableToPointInTime",
            "{\"TableArn\":\"arn\",\"S3Bucket\":\"bucket\",\"ExportTime\":\"2026-01-01T00:00:00Z\"}"));
    assertEquals(
        List.of(),
        model.validateInput(
            "ExportTableToPointInTime",
            "{\"TableArn\":\"arn\",\"S3Bucket\":\"bucket\",\"ExportTime\":1767225600.5}"));
  }

  @Test
  void reportsValuesOutsideAnEnum() {
    assertEquals(
        "ReturnValues: 'SOME' is not a ReturnValue; allowed: NONE, ALL_OLD, UPDATED_OLD, ALL_NEW,"
            + " UPDATED_NEW (rule: enum)",
        only("PutItem", "{\"TableName\":\"t\",\"Item\":{},\"ReturnValues\":\"SOME\"}"));
  }

  @Test
  void reportsLengthsOfStringsListsAndMaps() {
    assertEquals(
        "ExclusiveStartTableName: length 2 of 'ab', below the TableName minimum 3 (rule: length)",
        only("ListTables", "{\"ExclusiveStartTableName\":\"ab\"}"));
    assertEquals(
        "TransactItems: list has 0 elements, below the TransactWriteItemList minimum 1"
            + " (rule: length)",
        only("TransactWriteItems", "{\"TransactItems\":[]}"));
    assertEquals(
        "RequestItems: map has 0 entries, below the BatchWriteItemRequestMap minimum 1"
            + " (rule: length)",
        only("BatchWriteItem", "{\"RequestItems\":{}}"));
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      keys.append(i == 0 ? "" : ",").append("{\"id\":{\"S\":\"").append(i).append("\"}}");
    }
    assertEquals(
        "RequestItems.t.Keys: list has 101 elements, above the KeyList maximum 100 (rule: length)",
        only("BatchGetItem", "{\"RequestItems\":{\"t\":{\"Keys\":[" + keys + "]}}}"));
  }

  @Test
  void reportsNumbersOutOfRange() {
    assertEquals(
        "Limit: 0 is below the ListTablesInputLimit minimum 1 (rule: range)",
        only("ListTables", "{\"Limit\":0}"));
    assertEquals(
        "Limit: 101 is above the ListTablesInputLimit maximum 100 (rule: range)",
        only("ListTables", "{\"Limit\":101}"));
    assertEquals(
        "Limit: 3000000000 does not fit in a integer (ListTablesInputLimit) (rule: range)",
        only("ListTables", "{\"Limit\":3000000000}"));
  }

  @Test
  void reportsPatternMismatches() {
    assertEquals(
        "ExclusiveStartTableName: 'my table!' does not match the TableName pattern"
            + " [a-zA-Z0-9_.-]+ (rule: pattern)",
        only("ListTables", "{\"ExclusiveStartTableName\":\"my table!\"}"));
  }

  @Test
  void reportsAttributeValuesWithOtherThanOneTypeDeepInsideAnItem() {
    String orders =
        "{\"TableName\":\"t\",\"Item\":{\"orders\":{\"L\":[{\"S\":\"0\"},{\"S\":\"1\"},{\"S\":\"2\"},"
            + "{\"M\":{\"price\":%s}}]}}}";

    assertEquals(
        "Item.orders.L[3].M.price: AttributeValue must have exactly one member set, found none"
            + " (members: S, N, B, SS, NS, BS, M, L, NULL, BOOL) (rule: union)",
        only("PutItem", String.format(orders, "{}")));
    assertEquals(
        "Item.orders.L[3].M.price: AttributeValue must have exactly one member set, found 2: S, N"
            + " (members: S, N, B, SS, NS, BS, M, L, NULL, BOOL) (rule: union)",
        only("PutItem", String.format(orders, "{\"S\":\"1\",\"N\":\"1\"}")));
    assertEquals(
        List.of(), model.validateInput("PutItem", String.format(orders, "{\"N\":\"9.99\"}")));
  }

  @Test
  void quotesMapKeysThatWouldMakeThePathAmbiguous() {
    assertEquals(
        "Item[\"a.b\"]: AttributeValue must have exactly one member set, found none"
            + " (members: S, N, B, SS, NS, BS, M, L, NULL, BOOL) (rule: union)",
        only("PutItem", "{\"TableName\":\"t\",\"Item\":{\"a.b\":{}}}"));
  }

  @Test
  void reportsNullsInListsAndMaps() {
    assertEquals(
        "Item.l.L[0]: null is not allowed in a list of AttributeValue (rule: type)",
        only("PutItem", "{\"TableName\":\"t\",\"Item\":{\"l\":{\"L\":[null]}}}"));
    assertEquals(
        "Item.x: null is not allowed as a value of PutItemInputAttributeMap (rule: type)",
        only("PutItem", "{\"TableName\":\"t\",\"Item\":{\"x\":null}}"));
  }

  @Test
  void reportsEveryViolationOfADocumentInOrder() {
    List<Violation> violations =
        model.validateInput("Query", "{\"Limit\":0,\"Select\":\"ALL\",\"Bogus\":1}");

    assertEquals(
        List.of(Rule.RANGE, Rule.ENUM, Rule.UNKNOWN_MEMBER, Rule.REQUIRED),
        violations.stream().map(Violation::rule).toList());
    assertEquals(
        List.of("Limit", "Select", "Bogus", "TableName"),
        violations.stream().map(Violation::path).toList());
  }

  @Test
  void reportsMalformedJson() {
    assertEquals(
        "(document): the body is empty; expected a JSON object (at least {}) (rule: json)",
        only("ListTables", ""));
    assertTrue(only("ListTables", "{\"Limit\":").contains("malformed JSON"));
    assertTrue(
        only("ListTables", "{} {}")
            .startsWith("(document): trailing content after the JSON value"));
    String duplicate = only("ListTables", "{\"Limit\":1,\"Limit\":2}");
    assertTrue(duplicate.startsWith("Limit: malformed JSON: Duplicate field 'Limit'"), duplicate);
  }

  @Test
  void checksOutputsForStructureButNotForValueConstraints() {
    assertEquals(List.of(), model.validateOutput("TagResource", ""));
    assertEquals(List.of(), model.validateOutput("TagResource", "{}"));
    assertEquals(
        Rule.UNKNOWN_MEMBER, model.validateOutput("TagResource", "{\"x\":1}").get(0).rule());
    assertEquals(
        List.of(),
        model.validateOutput(
            "DescribeTable",
            "{\"Table\":{\"TableName\":\"t\",\"CreationDateTime\":1.7E9,"
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":0,"
                + "\"NumberOfDecreasesToday\":0}}}"));
    assertEquals(
        "Table.CreationDateTime: expected Date (timestamp) but found the string 'yesterday'"
            + " (timestamps are epoch seconds as a JSON number) (rule: type)",
        model
            .validateOutput("DescribeTable", "{\"Table\":{\"CreationDateTime\":\"yesterday\"}}")
            .get(0)
            .toString());
    assertEquals(
        Rule.UNION,
        model
            .validateOutput("GetItem", "{\"Item\":{\"id\":{\"S\":\"1\",\"N\":\"1\"}}}")
            .get(0)
            .rule());
  }

  @Test
  void validatesAnyNamedShape() {
    assertEquals(List.of(), model.validate("AttributeValue", "{\"NS\":[\"1\",\"2\"]}"));
    assertEquals(Rule.UNION, model.validate("AttributeValue", "{}").get(0).rule());
    assertThrows(IllegalArgumentException.class, () -> model.validate("NoSuchShape", "{}"));
  }

  @Test
  void assertionsListEveryViolation() {
    AssertionError e =
        assertThrows(
            AssertionError.class, () -> model.assertValidInput("GetItem", "{\"Bogus\":true}"));

    assertTrue(
        e.getMessage().startsWith("Invalid input of GetItem, 3 violation(s):"), e.getMessage());
    assertTrue(e.getMessage().contains("\n  Bogus: unknown member"), e.getMessage());
    assertTrue(e.getMessage().contains("\n  TableName: required"), e.getMessage());
    assertTrue(e.getMessage().contains("\n  Key: required"), e.getMessage());
  }

  @Test
  void checksRequestsRecordedByTheStubServer() throws Exception {
    try (StubServer stub = StubServer.start()) {
      DynamoHttp.call(
          stub.endpoint(), "GetItem", "{\"TableName\":\"t\",\"Key\":{\"id\":{\"S\":\"1\"}}}");
      DynamoHttp.call(stub.endpoint(), "GetItem", "{\"TableName\":\"t\"}");

      model.assertValidRequest(stub.request(0));
      assertEquals(
          "Key: required member of GetItemInput is missing (rule: required)",
          model.validateRequest(stub.request(1)).get(0).toString());
    }
  }

  @Test
  void rejectsUnknownOperations() {
    assertThrows(IllegalArgumentException.class, () -> model.validateInput("Nope", "{}"));
  }
}
