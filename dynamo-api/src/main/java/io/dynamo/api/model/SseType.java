package io.dynamo.api.model;

/** How a table is encrypted at rest. */
public enum SseType {
  /** Server-side encryption with a key owned by DynamoDB. */
  AES256,
  /** Server-side encryption with an AWS KMS key. */
  KMS
}
