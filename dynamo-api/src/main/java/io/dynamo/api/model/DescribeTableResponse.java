package io.dynamo.api.model;

/**
 * The answer to DescribeTable. Immutable and thread-safe.
 *
 * @param table the table as DynamoDB describes it, or {@code null} if the response had none
 */
public record DescribeTableResponse(TableDescription table) {}
