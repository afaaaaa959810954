// Members written by hand, spliced into the generated IndexProjection.
import io.dynamo.api.error.InvalidRequestException;
import java.util.List;

  /** All of the table's attributes. */
  public static IndexProjection all() {
    return new IndexProjection(ProjectionType.ALL, null);
  }

  /** Only the table's and the index's key attributes. */
  public static IndexProjection keysOnly() {
    return new IndexProjection(ProjectionType.KEYS_ONLY, null);
  }

  /**
   * The key attributes and the named ones.
   *
   * @throws InvalidRequestException unless 1 to 20 attributes are named
   */
  public static IndexProjection include(String... nonKeyAttributes) {
    int n = nonKeyAttributes == null ? 0 : nonKeyAttributes.length;
    if (n < 1 || n > 20) {
      throw new InvalidRequestException(
          "NonKeyAttributes",
          "has " + n + " attributes; an INCLUDE projection names 1 to 20 non-key attributes");
    }
    return new IndexProjection(ProjectionType.INCLUDE, List.of(nonKeyAttributes));
  }
