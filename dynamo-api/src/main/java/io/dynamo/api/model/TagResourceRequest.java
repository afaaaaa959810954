package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.api.internal.ops.TableRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to add or change tags on a table, by the table's ARN. Checked when made: an ARN, 1 to
 * 50 tags with distinct keys of 1 to 128 characters and values of up to 256. Immutable and
 * thread-safe.
 *
 * @param resourceArn the table's ARN
 * @param tags the tags, in order
 */
public record TagResourceRequest(String resourceArn, List<Tag> tags) {

  /** Checks the ARN and the tags. */
  public TagResourceRequest {
    Require.resourceArn(resourceArn);
    tags = Require.list("Tags", tags);
    if (tags.isEmpty()) {
      throw new InvalidRequestException("Tags", "is empty; give at least one tag");
    }
    TableRules.checkTags(tags);
  }

  /** Tags {@code resourceArn} with the map's entries, in its order. */
  public static TagResourceRequest of(String resourceArn, Map<String, String> tags) {
    return builder().resource(resourceArn).tags(tags).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().resource(resourceArn);
    tags.forEach(t -> b.tag(t.key(), t.value()));
    return b;
  }

  /** Builds a {@link TagResourceRequest}. Not thread-safe. */
  public static final class Builder {
    private String resourceArn;
    private final Map<String, String> tags = new LinkedHashMap<>();

    private Builder() {}

    /** The table's ARN ({@code ResourceArn}). */
    public Builder resource(String resourceArn) {
      this.resourceArn = resourceArn;
      return this;
    }

    /** Adds tags, in the map's order. */
    public Builder tags(Map<String, String> tags) {
      Require.present("Tags", tags, "tags map is null").forEach(this::tag);
      return this;
    }

    /** Adds a tag; a key given twice keeps the last value. */
    public Builder tag(String key, String value) {
      tags.put(key, value);
      return this;
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public TagResourceRequest build() {
      List<Tag> list = new ArrayList<>(tags.size());
      tags.forEach((k, v) -> list.add(Tag.of(k, v)));
      return new TagResourceRequest(resourceArn, list);
    }
  }
}
