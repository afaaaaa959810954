package io.dynamo.api.model;

/**
 * The answer to UpdateTimeToLive: the setting as it now is. Immutable and thread-safe.
 *
 * @param timeToLiveSpecification the new setting, or {@code null} if the response had none
 */
public record UpdateTimeToLiveResponse(TimeToLiveSpecification timeToLiveSpecification) {}
