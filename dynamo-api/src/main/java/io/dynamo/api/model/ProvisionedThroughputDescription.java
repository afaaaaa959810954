package io.dynamo.api.model;

import java.time.Instant;

/**
 * A table's or index's provisioned capacity as DynamoDB reports it (zeros for on-demand tables).
 * Immutable and thread-safe.
 *
 * @param readCapacityUnits read capacity units
 * @param writeCapacityUnits write capacity units
 * @param numberOfDecreasesToday decreases in the current UTC day
 * @param lastIncreaseDateTime the last increase, or {@code null}
 * @param lastDecreaseDateTime the last decrease, or {@code null}
 */
public record ProvisionedThroughputDescription(
    long readCapacityUnits,
    long writeCapacityUnits,
    long numberOfDecreasesToday,
    Instant lastIncreaseDateTime,
    Instant lastDecreaseDateTime) {}
