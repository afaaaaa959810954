package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A request for one page of a table's tags, by the table's ARN. Immutable and thread-safe.
 *
 * @param resourceArn the table's ARN
 * @param nextToken the previous page's {@code nextToken}, or {@code null} for the first page
 */
public record ListTagsOfResourceRequest(String resourceArn, String nextToken) {

  /** Checks the ARN. */
  public ListTagsOfResourceRequest {
    Require.resourceArn(resourceArn);
  }

  /** The first page of the tags of {@code resourceArn}. */
  public static ListTagsOfResourceRequest of(String resourceArn) {
    return new ListTagsOfResourceRequest(resourceArn, null);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder().resource(resourceArn).nextToken(nextToken);
  }

  /** Builds a {@link ListTagsOfResourceRequest}. Not thread-safe. */
  public static final class Builder {
    private String resourceArn;
    private String nextToken;

    private Builder() {}

    /** The table's ARN ({@code ResourceArn}). */
    public Builder resource(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    /** The previous page's {@code nextToken}. */
    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException if the ARN breaks DynamoDB's rules
     */
    public ListTagsOfResourceRequest build() {
      return new ListTagsOfResourceRequest(resourceArn, nextToken);
    }
  }
}
