package io.dynamo.api.model;

/**
 * The answer to UpdateTable: the table, usually UPDATING. Immutable and thread-safe.
 *
 * @param tableDescription the table as DynamoDB describes it, or {@code null} if the response had
 *     none
 */
public record UpdateTableResponse(TableDescription tableDescription) {}
