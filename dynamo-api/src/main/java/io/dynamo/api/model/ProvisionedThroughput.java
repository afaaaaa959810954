package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;

/**
 * Read and write capacity units for a table or index in {@link BillingMode#PROVISIONED} mode.
 * Immutable and thread-safe.
 *
 * @param readCapacityUnits strongly consistent reads of up to 4 KB per second, at least 1
 * @param writeCapacityUnits writes of up to 1 KB per second, at least 1
 */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {

  /** Checks that both are at least 1. */
  public ProvisionedThroughput {
    if (readCapacityUnits < 1) {
      throw new InvalidRequestException(
          "ReadCapacityUnits",
          readCapacityUnits + " is less than 1; capacity units are at least 1");
    }
    if (writeCapacityUnits < 1) {
      throw new InvalidRequestException(
          "WriteCapacityUnits",
          writeCapacityUnits + " is less than 1; capacity units are at least 1");
    }
  }

  /** {@code read} read and {@code write} write capacity units. */
  public static ProvisionedThroughput of(long read, long write) {
    return new ProvisionedThroughput(read, write);
  }
}
