// Members written by hand, spliced into the generated TransactPut.
import io.dynamo.codec.Item;

  /** A put of {@code item} into {@code tableName}, without condition. */
  public static TransactPut of(String tableName, Item item) {
    return builder().tableName(tableName).item(item).build();
  }
