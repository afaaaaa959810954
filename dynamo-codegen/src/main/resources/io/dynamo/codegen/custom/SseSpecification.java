// Members written by hand, spliced into the generated SseSpecification.

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
