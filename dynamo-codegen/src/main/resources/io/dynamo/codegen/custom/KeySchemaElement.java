// Members written by hand, spliced into the generated KeySchemaElement.

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
