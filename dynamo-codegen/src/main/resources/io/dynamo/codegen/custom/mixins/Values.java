// Builder mixin of requests with expression values.
import java.util.Map;

  /**
   * Adds values ({@code :placeholder -> value}) used in the expressions: plain Java values,
   * encoded with {@link #codecs}, or attribute values; {@code null} is DynamoDB's NULL.
   */
  public Builder values(Map<String, ?> values) {
    parts.values(values);
    return this;
  }

  /** Adds one value. */
  public Builder value(String placeholder, Object value) {
    parts.value(placeholder, value);
    return this;
  }
