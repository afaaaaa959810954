package io.dynamo.api.model;

import java.time.Instant;

/**
 * A table's billing mode as DynamoDB reports it. Immutable and thread-safe.
 *
 * @param billingMode the mode, or {@code null} if not reported or unknown to this client
 * @param lastUpdateToPayPerRequestDateTime when the table last switched to on demand, or {@code
 *     null}
 */
public record BillingModeSummary(
    BillingMode billingMode, Instant lastUpdateToPayPerRequestDateTime) {}
