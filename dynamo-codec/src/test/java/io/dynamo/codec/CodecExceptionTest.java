package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  @Test
  void namesThatWouldReadAsPathSyntaxAreQuoted() {
    // attribute names may hold '.', '[' and ']' (DESIGN.md); unquoted, "a.b" in a path could be
    // attribute a.b or attribute b of map a
    assertEquals("Item.\"a.b\".c", pathOf("Item", "a.b", "c"));
    assertEquals("Item.a.b.c", pathOf("Item", "a", "b", "c"));
    assertEquals("\"tags[1]\"[0]", new CodecException("x").inside(0).inside("tags[1]").path());
    assertEquals("m.\"\"", pathOf("m", ""));
    assertEquals("m.\"x]\"", pathOf("m", "x]"));
    assertEquals("m.\"say \\\"hi\\\"\"", pathOf("m", "say \"hi\""));
    assertEquals("m.\"back\\\\slash.\"", pathOf("m", "back\\slash."));
    assertEquals("user/id.name with spaces.#x:y", pathOf("user/id", "name with spaces", "#x:y"));
    assertEquals(
        "\"a.b\": missing attribute",
        assertThrows(MissingAttributeException.class, () -> Item.of("x", 1).getString("a.b"))
            .getMessage());
  }

  private static String pathOf(String... names) {
    CodecException e = new CodecException("x");
    for (int i = names.length - 1; i >= 0; i--) {
      e.inside(names[i]);
    }
    return e.path();
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
