// Members written by hand, spliced into the generated AttributeDefinition.
import java.util.LinkedHashSet;
import java.util.List;

  /** The key attribute {@code name} of type {@code type}. */
  public static AttributeDefinition of(String name, ScalarType type) {
    return new AttributeDefinition(name, type);
  }

  /**
   * {@code definitions} with exact repeats left out, in order; an attribute given two types stays
   * twice, for the request's check to report.
   */
  public static List<AttributeDefinition> distinct(List<AttributeDefinition> definitions) {
    return List.copyOf(new LinkedHashSet<>(definitions));
  }
