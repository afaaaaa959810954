package io.dynamo.api.model;

/**
 * Capacity units one table or index consumed. Units DynamoDB did not report are 0. Immutable and
 * thread-safe.
 *
 * @param capacityUnits all units
 * @param readCapacityUnits read units
 * @param writeCapacityUnits write units
 */
public record Capacity(double capacityUnits, double readCapacityUnits, double writeCapacityUnits) {}
