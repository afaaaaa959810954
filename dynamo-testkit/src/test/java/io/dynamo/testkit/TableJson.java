package io.dynamo.testkit;

/** Request bodies the tests send to dynalite. */
final class TableJson {
  private TableJson() {}

  /**
   * CreateTable for a table with a string hash key {@code pk} and a number range key {@code sk}.
   */
  static String create(String table) {
    return "{\"TableName\":\""
        + table
        + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
        + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],"
        + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
        + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
        + "\"BillingMode\":\"PAY_PER_REQUEST\"}";
  }
}
