package io.dynamo.api.model;

/**
 * The answer to DeleteTable: the table, usually DELETING. Immutable and thread-safe.
 *
 * @param tableDescription the table as DynamoDB describes it, or {@code null} if the response had
 *     none
 */
public record DeleteTableResponse(TableDescription tableDescription) {}
