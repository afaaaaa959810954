package io.dynamo.api.model;

/**
 * The answer to DescribeTimeToLive. Immutable and thread-safe.
 *
 * @param timeToLiveDescription the table's TTL setting, or {@code null} if the response had none
 */
public record DescribeTimeToLiveResponse(TimeToLiveDescription timeToLiveDescription) {}
