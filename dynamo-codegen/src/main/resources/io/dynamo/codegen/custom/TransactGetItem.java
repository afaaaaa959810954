// Members written by hand, spliced into the generated TransactGetItem.
import io.dynamo.codec.Key;

  /** A read of the whole item with {@code key} from {@code tableName}. */
  public static TransactGetItem of(String tableName, Key key) {
    return of(TransactGet.builder().tableName(tableName).key(key).build());
  }

  /** The read {@code get}. */
  public static TransactGetItem of(TransactGet get) {
    return builder().get(get).build();
  }
