// Members written by hand, spliced into the generated AttributeDefinition.

  /** The key attribute {@code name} of type {@code type}. */
  public static AttributeDefinition of(String name, ScalarType type) {
    return new AttributeDefinition(name, type);
  }
