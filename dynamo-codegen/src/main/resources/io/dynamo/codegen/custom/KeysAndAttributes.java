// Members written by hand, spliced into the generated KeysAndAttributes.
import io.dynamo.codec.Key;

  /** Most keys in one BatchGetItem request. */
  public static final int MAX_KEYS = 100;

  /** The whole items with these keys. */
  public static KeysAndAttributes of(Key... keys) {
    return builder().keys(keys).build();
  }
