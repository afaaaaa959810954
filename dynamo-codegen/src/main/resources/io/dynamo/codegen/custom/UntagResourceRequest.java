// Members written by hand, spliced into the generated UntagResourceRequest.

  /** Removes the tags with these keys from the table or index with ARN {@code resourceArn}. */
  public static UntagResourceRequest of(String resourceArn, String... tagKeys) {
    return builder().resourceArn(resourceArn).tagKeys(tagKeys).build();
  }
