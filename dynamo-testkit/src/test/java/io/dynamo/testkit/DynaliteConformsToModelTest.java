package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests checked against the model before they go, responses after they come back. */
@ExtendWith(DynaliteExtension.class)
class DynaliteConformsToModelTest {
  private static final ModelChecker MODEL = ModelChecker.dynamoDb();

  private final URI endpoint;

  DynaliteConformsToModelTest(URI endpoint) {
    this.endpoint = endpoint;
  }

  private String call(String operation, String json) throws Exception {
    MODEL.assertValidInput(operation, json);
    HttpResponse<String> response = DynamoHttp.call(endpoint, operation, json);
    assertEquals(200, response.statusCode(), operation + ": " + response.body());
    List<Violation> unexpected =
        MODEL.validateOutput(operation, response.body()).stream()
            .filter(v -> !isKnownDeviation(v))
            .toList();
    assertEquals(List.of(), unexpected, operation + " output: " + response.body());
    return response.body();
  }

  /** dynalite describes tables with a member this model version does not have. */
  private static boolean isKnownDeviation(Violation v) {
    return v.rule() == Violation.Rule.UNKNOWN_MEMBER
        && v.path().endsWith("TableThroughputModeSummary");
  }

  @Test
  void dynaliteDescribesTablesWithAMemberTheModelLacks() throws Exception {
    String table = Dynalite.uniqueName("extra");
    HttpResponse<String> created =
        DynamoHttp.call(endpoint, "CreateTable", TableJson.create(table));

    List<Violation> violations = MODEL.validateOutput("CreateTable", created.body());

    assertEquals(1, violations.size(), violations::toString);
    assertEquals("TableDescription.TableThroughputModeSummary", violations.get(0).path());
  }

  @Test
  void tableAndItemRoundTripMatchesTheModel() throws Exception {
    String table = Dynalite.uniqueName("conform");
    String key = "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}";
    String item =
        "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"b\":{\"B\":\"AAH/\"},"
            + "\"ss\":{\"SS\":[\"x\",\"y\"]},\"ns\":{\"NS\":[\"1\",\"2.5\"]},\"bs\":{\"BS\":[\"eA==\"]},"
            + "\"m\":{\"M\":{\"deep\":{\"L\":[{\"NULL\":true},{\"BOOL\":false}]}}}}";

    String created = call("CreateTable", TableJson.create(table));
    assertTrue(created.contains("\"TableName\":\"" + table + "\""), created);
    call("DescribeTable", "{\"TableName\":\"" + table + "\"}");
    call(
        "PutItem",
        "{\"TableName\":\""
            + table
            + "\",\"Item\":"
            + item
            + ",\"ReturnConsumedCapacity\":\"TOTAL\"}");
    String got = call("GetItem", "{\"TableName\":\"" + table + "\",\"Key\":" + key + "}");
    assertTrue(got.contains("\"deep\""), got);
    call(
        "UpdateItem",
        "{\"TableName\":\""
            + table
            + "\",\"Key\":"
            + key
            + ",\"UpdateExpression\":\"SET #c = :one\",\"ExpressionAttributeNames\":{\"#c\":\"count\"},"
            + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}},\"ReturnValues\":\"ALL_NEW\"}");
    call(
        "Query",
        "{\"TableName\":\""
            + table
            + "\",\"KeyConditionExpression\":\"pk = :pk\","
            + "\"ExpressionAttributeValues\":{\":pk\":{\"S\":\"a\"}},\"Limit\":1}");
    call("Scan", "{\"TableName\":\"" + table + "\",\"Select\":\"COUNT\"}");
    call("ListTables", "{}");
    call("DeleteItem", "{\"TableName\":\"" + table + "\",\"Key\":" + key + "}");
    call("DeleteTable", "{\"TableName\":\"" + table + "\"}");
  }

  @Test
  void dynaliteErrorsAreDynamoDbShaped() throws Exception {
    HttpResponse<String> response =
        DynamoHttp.call(endpoint, "DescribeTable", "{\"TableName\":\"no_such_table\"}");

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("ResourceNotFoundException"), response.body());
    assertEquals(
        List.of(), MODEL.validateInput("DescribeTable", "{\"TableName\":\"no_such_table\"}"));
  }
}
