package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The path and message of codec errors. */
class CodecExceptionTest {

  @Test
  void thePathSurvivesSerialization() throws Exception {
    // test runners, RMI and job frameworks serialize exceptions to report them elsewhere
    CodecException e = new InvalidAttributeValueException("bad").inside(3).inside("orders");

    CodecException back = roundTrip(e);

    assertEquals("orders[3]", back.path());
    assertEquals("orders[3]: bad", back.getMessage());
    assertEquals("bad", back.problem());
  }

  private static CodecException roundTrip(CodecException e) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (CodecException) in.readObject();
    }
  }
}
