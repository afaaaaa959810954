package io.dynamo.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a table's tags. Immutable and thread-safe.
 *
 * @param tags the tags, in DynamoDB's order
 * @param nextToken where the next page starts, or {@code null} on the last page
 */
public record ListTagsOfResourceResponse(List<Tag> tags, String nextToken) {

  /** Copies the tags. */
  public ListTagsOfResourceResponse {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The tags as a map of keys to values, in order. */
  public Map<String, String> tagMap() {
    Map<String, String> map = new LinkedHashMap<>();
    tags.forEach(t -> map.put(t.key(), t.value()));
    return Collections.unmodifiableMap(map);
  }
}
