// Members written by hand, spliced into the generated PutItemRequest.

  /** A put of {@code item} into {@code tableName}, without condition. */
  public static PutItemRequest of(String tableName, Item item) {
    return builder().tableName(tableName).item(item).build();
  }
