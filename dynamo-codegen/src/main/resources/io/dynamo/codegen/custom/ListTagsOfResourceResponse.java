// Members written by hand, spliced into the generated ListTagsOfResourceResponse.
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

  /** The tags as a map from key to value, in order. */
  public Map<String, String> tagMap() {
    Map<String, String> map = new LinkedHashMap<>();
    tags.forEach(t -> map.put(t.key(), t.value()));
    return Collections.unmodifiableMap(map);
  }
