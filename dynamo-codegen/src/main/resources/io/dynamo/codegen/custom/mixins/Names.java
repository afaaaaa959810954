// Builder mixin of requests with expressions: aliases by hand and the registry values are encoded
// with. Its builders render their expressions when built (the generator writes beforeBuild()).
import io.dynamo.codec.CodecRegistry;
import java.util.Map;

  private final ExpressionParts parts = new ExpressionParts();

  /**
   * Adds aliases ({@code #alias -> attribute name}) used in the expressions; names given as paths
   * or in conditions are aliased where needed without them.
   */
  public Builder names(Map<String, String> names) {
    parts.names(names);
    return this;
  }

  /** Adds one alias. */
  public Builder name(String alias, String attributeName) {
    parts.name(alias, attributeName);
    return this;
  }

  /**
   * The registry plain Java values given to this builder are encoded with (default {@link
   * CodecRegistry#defaults()}).
   */
  public Builder codecs(CodecRegistry codecs) {
    parts.codecs(codecs);
    return this;
  }
