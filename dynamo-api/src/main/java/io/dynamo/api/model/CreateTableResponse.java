package io.dynamo.api.model;

/**
 * The answer to CreateTable: the new table, usually still CREATING. Immutable and thread-safe.
 *
 * @param tableDescription the table as DynamoDB describes it, or {@code null} if the response had
 *     none
 */
public record CreateTableResponse(TableDescription tableDescription) {}
