package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;

/**
 * How a table is encrypted at rest. DynamoDB always encrypts; this picks whose key. Immutable and
 * thread-safe.
 *
 * @param enabled {@code true} for a KMS key, {@code false} for a key owned by DynamoDB
 * @param sseType {@link SseType#KMS}, or {@code null} for DynamoDB's default
 * @param kmsMasterKeyId the KMS key's id, ARN or alias, or {@code null} for the AWS managed key
 */
public record SseSpecification(Boolean enabled, SseType sseType, String kmsMasterKeyId) {

  /** Checks that a KMS key id comes with encryption on. */
  public SseSpecification {
    if (kmsMasterKeyId != null && !Boolean.TRUE.equals(enabled)) {
      throw new InvalidRequestException(
          "KMSMasterKeyId", "is given but Enabled is not true; a KMS key needs Enabled=true");
    }
    if (kmsMasterKeyId != null && kmsMasterKeyId.isBlank()) {
      throw new InvalidRequestException(
          "KMSMasterKeyId", "is empty; name a KMS key or leave it out");
    }
  }

  /** A key owned by DynamoDB (the default, at no charge). */
  public static SseSpecification awsOwnedKey() {
    return new SseSpecification(false, null, null);
  }

  /** The AWS managed KMS key for DynamoDB ({@code alias/aws/dynamodb}). */
  public static SseSpecification awsManagedKey() {
    return new SseSpecification(true, SseType.KMS, null);
  }

  /** A customer managed KMS key: its id, ARN or alias. */
  public static SseSpecification kmsKey(String kmsMasterKeyId) {
    return new SseSpecification(true, SseType.KMS, kmsMasterKeyId);
  }
}
