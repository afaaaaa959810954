package io.dynamo.validation.internal;

/**
 * The rules DynamoDB documents beyond its model, written by hand (the model's own constraints are
 * derived from its tables by {@link ModelMapping}). Each violation's rule text starts from one of
 * these.
 */
public enum Rule {
  /**
   * A table named where the model allows a table's ARN too ({@code TableArn}, any string of 1 to
   * 1024) is a table name of 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.', or an ARN.
   */
  TABLE_NAME_OR_ARN,
  /** Every {@code #name} an expression uses is in ExpressionAttributeNames. */
  NAME_DECLARED,
  /** Every {@code #name} in ExpressionAttributeNames is used by an expression. */
  NAME_USED,
  /** Every {@code :value} an expression uses is in ExpressionAttributeValues. */
  VALUE_DECLARED,
  /** Every {@code :value} in ExpressionAttributeValues is used by an expression. */
  VALUE_USED,
  /** Aliases are {@code #} and placeholders {@code :}, then letters, digits or {@code _}. */
  TOKEN_SYNTAX,
  /** An item is at most 400 KB, names and values counted as DynamoDB counts them. */
  ITEM_SIZE,
  /** Lists and maps nest at most 32 levels deep. */
  NESTING,
  /** Attribute names are 1 to 65535 bytes. */
  ATTRIBUTE_NAME,
  /** Key attributes are of type S, N or B, and strings and binaries in keys are not empty. */
  KEY_TYPE,
  /** A partition key value is at most 2048 bytes. */
  PARTITION_KEY_SIZE,
  /** A sort key value is at most 1024 bytes. */
  SORT_KEY_SIZE,
  /** A key has exactly the table's key attributes, with their types (key schema known). */
  KEY_SCHEMA,
  /** An item put has the table's key attributes, with their types (key schema known). */
  ITEM_KEY,
  /** An item put has at least one attribute. */
  ITEM_NOT_EMPTY,
  /** A BatchWriteItem has at most 25 writes over all its tables. */
  BATCH_WRITE_TOTAL,
  /** A BatchGetItem reads at most 100 keys over all its tables. */
  BATCH_GET_TOTAL,
  /** A write request has exactly one of PutRequest and DeleteRequest. */
  ONE_WRITE,
  /** A transaction item has exactly one of ConditionCheck, Put, Delete and Update. */
  ONE_ACTION,
  /** No two writes of a batch or actions of a transaction touch the same item. */
  DISTINCT_ITEMS
}
