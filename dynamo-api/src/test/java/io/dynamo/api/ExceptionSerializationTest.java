package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynamo.api.call.BatchIncompleteException;
import io.dynamo.api.error.CancellationReason;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.error.ServiceError;
import io.dynamo.api.error.ThrottlingException;
import io.dynamo.api.error.TransactionCanceledException;
import io.dynamo.api.error.WaitFailedException;
import io.dynamo.codec.Item;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exceptions survive Java serialization (as in some logging and RPC setups) with their data. */
class ExceptionSerializationTest {
  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  private static final ServiceError ERROR =
      new ServiceError(
          Operation.PUT_ITEM, 400, "ConditionalCheckFailedException", "failed", "REQ1");

  @Test
  void serviceErrorsKeepWhatTheServiceSaid() throws Exception {
    ConditionalCheckFailedException e =
        roundTrip(new ConditionalCheckFailedException(ERROR, Item.of("id", 1)));
    assertEquals(400, e.statusCode());
    assertEquals("ConditionalCheckFailedException", e.errorType());
    assertEquals("REQ1", e.requestId());
    assertEquals(Operation.PUT_ITEM, e.operation());
    assertNull(e.item()); // items are not serializable: left behind
    assertEquals(ERROR, roundTrip(new ThrottlingException(ERROR)).error());
  }

  @Test
  void collectionsComeBackEmptyNotNull() throws Exception {
    TransactionCanceledException t =
        roundTrip(
            new TransactionCanceledException(
                ERROR, List.of(new CancellationReason("None", "", null))));
    assertEquals(List.of(), t.reasons());
    BatchIncompleteException b =
        roundTrip(new BatchIncompleteException("left", Map.of(), Map.of()));
    assertEquals(Map.of(), b.unprocessedKeys());
    assertEquals(Map.of(), b.unprocessedWrites());
  }

  @Test
  void aFailedWaitKeepsWhatWasWaitedForAndTheLastStateSeen() throws Exception {
    WaitFailedException w =
        roundTrip(
            new WaitFailedException(
                "ExportCompleted will not happen", "ExportCompleted", "ExportStatus FAILED"));
    assertEquals("ExportCompleted", w.waitedFor());
    assertEquals("ExportStatus FAILED", w.lastState());
    assertEquals("ExportCompleted will not happen", w.getMessage());
  }
}
