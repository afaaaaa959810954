package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.Require;
import java.util.Arrays;
import java.util.List;

/**
 * A request to remove tags from a table, by the table's ARN and the tags' keys. Immutable and
 * thread-safe.
 *
 * @param resourceArn the table's ARN
 * @param tagKeys the keys of the tags to remove, 1 to 128 characters each
 */
public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {

  /** Checks the ARN and the keys. */
  public UntagResourceRequest {
    Require.resourceArn(resourceArn);
    tagKeys = Require.list("TagKeys", tagKeys);
    if (tagKeys.isEmpty()) {
      throw new InvalidRequestException("TagKeys", "is empty; give at least one tag key");
    }
    for (String key : tagKeys) {
      Require.length("TagKeys", key, 1, 128, "tag keys are 1 to 128 characters");
    }
  }

  /** Removes the tags with {@code tagKeys} from {@code resourceArn}. */
  public static UntagResourceRequest of(String resourceArn, String... tagKeys) {
    return new UntagResourceRequest(resourceArn, tagKeys == null ? null : Arrays.asList(tagKeys));
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder().resource(resourceArn).tagKeys(tagKeys);
  }

  /** Builds an {@link UntagResourceRequest}. Not thread-safe. */
  public static final class Builder {
    private String resourceArn;
    private final List<String> tagKeys = new java.util.ArrayList<>();

    private Builder() {}

    /** The table's ARN ({@code ResourceArn}). */
    public Builder resource(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    /** Adds keys of tags to remove. */
    public Builder tagKeys(List<String> keys) {
      tagKeys.addAll(Require.present("TagKeys", keys, "list is null"));
      return this;
    }

    /** Adds keys of tags to remove. */
    public Builder tagKeys(String... keys) {
      return tagKeys(Arrays.asList(Require.present("TagKeys", keys, "array is null")));
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public UntagResourceRequest build() {
      return new UntagResourceRequest(resourceArn, tagKeys);
    }
  }
}
