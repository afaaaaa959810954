// Members written by hand, spliced into the generated KeySchemaElement.
import java.util.List;

  /** The element for {@code name} in the role {@code keyType}. */
  public static KeySchemaElement of(String name, KeyType keyType) {
    return new KeySchemaElement(name, keyType);
  }

  /** {@code name} as the partition key. */
  public static KeySchemaElement hash(String name) {
    return new KeySchemaElement(name, KeyType.HASH);
  }

  /** {@code name} as the sort key. */
  public static KeySchemaElement range(String name) {
    return new KeySchemaElement(name, KeyType.RANGE);
  }

  /** The name of the attribute in role {@code keyType} in {@code keySchema}, or {@code null}. */
  public static String nameOf(List<KeySchemaElement> keySchema, KeyType keyType) {
    if (keySchema != null) {
      for (KeySchemaElement e : keySchema) {
        if (e != null && keyType.equals(e.keyType())) {
          return e.attributeName();
        }
      }
    }
    return null;
  }
