package io.dynamo.api.model;

/**
 * Time to live of a table as DynamoDB reports it. Immutable and thread-safe.
 *
 * @param timeToLiveStatus whether TTL is on, or {@code null} if not reported
 * @param attributeName the attribute holding expiry times, or {@code null} when TTL is off
 */
public record TimeToLiveDescription(TimeToLiveStatus timeToLiveStatus, String attributeName) {}
