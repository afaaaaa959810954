package io.dynamo.api.call;

import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.DynamoException;
import io.dynamo.codec.Key;
import java.util.List;
import java.util.Map;

/**
 * A batch helper gave up with keys or writes DynamoDB kept returning as unprocessed (it was
 * throttled round after round). What is left can be retried later.
 */
public class BatchIncompleteException extends DynamoException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<Key>> unprocessedKeys;
  private final transient Map<String, List<WriteRequest>> unprocessedWrites;

  /** Creates the exception with what is left, by table; one of the maps is empty. */
  public BatchIncompleteException(
      String message,
      Map<String, List<Key>> unprocessedKeys,
      Map<String, List<WriteRequest>> unprocessedWrites) {
    super(message);
    this.unprocessedKeys = Map.copyOf(unprocessedKeys);
    this.unprocessedWrites = Map.copyOf(unprocessedWrites);
  }

  /** Keys not read, by table (empty after a write). */
  public Map<String, List<Key>> unprocessedKeys() {
    return unprocessedKeys == null ? Map.of() : unprocessedKeys; // null after deserialization
  }

  /** Writes not done, by table (empty after a read). */
  public Map<String, List<WriteRequest>> unprocessedWrites() {
    return unprocessedWrites == null ? Map.of() : unprocessedWrites; // null after deserialization
  }
}
