// Members written by hand, spliced into the generated TagResourceRequest.Builder.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

  private final Map<String, String> tagMap = new LinkedHashMap<>();

  /** Adds tags, in the map's order. */
  public Builder tags(Map<String, String> tags) {
    tags.forEach(this::tag);
    return this;
  }

  /** Adds a tag; a key given twice here keeps the last value. */
  public Builder tag(String key, String value) {
    tagMap.put(key, value);
    return this;
  }

  /** A copy with the tags given as pairs added to {@code Tags}. */
  private Builder beforeBuild() {
    Builder b = copy();
    if (!tagMap.isEmpty()) {
      List<Tag> all = new ArrayList<>();
      if (tags != null) {
        all.addAll(tags);
      }
      tagMap.forEach((k, v) -> all.add(Tag.of(k, v)));
      b.tags = all;
    }
    return b;
  }
