package io.dynamo.api.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.dynamo.api.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class PathTest {

  @Test
  void parsesNamesIndexesAndAliases() {
    assertEquals(List.of("bar", "baz", 1), Path.parse("bar.baz[1]").segments());
    assertEquals(List.of("a", 1, 2), Path.parse("a[1][2]").segments());
    assertEquals(List.of("#tags", 1), Path.parse("#tags[1]").segments());
    assertEquals(List.of("#a", "#b"), Path.parse("#a.#b").segments());
    assertEquals(List.of("user/id"), Path.parse("user/id").segments());
    assertEquals(
        List.of("first name", "x-y:z", "日本"), Path.parse("first name.x-y:z.日本").segments());
    assertEquals(List.of("m", 0, "k", 10), Path.parse("m[0].k[010]").segments());
  }

  @Test
  void marksOnlyHashSegmentsOfParsedTextAsAliases() {
    Path p = Path.parse("#a.b[1].#c");
    assertTrue(p.isAlias(0));
    assertFalse(p.isAlias(1));
    assertFalse(p.isAlias(2));
    assertTrue(p.isAlias(3));
    assertFalse(Path.name("#a").isAlias(0));
    assertFalse(Path.of("#a", 1).isAlias(0));
    assertNotEquals(Path.parse("#a"), Path.name("#a"));
  }

  @Test
  void nameIsTakenLiterally() {
    Path p = Path.name("a.b[1]");
    assertEquals(List.of("a.b[1]"), p.segments());
    assertEquals("a.b[1]", p.toString());
    assertNotEquals(Path.parse("a.b[1]"), p);
  }

  @Test
  void ofAndChildAndIndexBuildPaths() {
    Path built = Path.of("user/info", "first.name", 0);
    assertEquals(List.of("user/info", "first.name", 0), built.segments());
    assertEquals(built, Path.name("user/info").child("first.name").index(0));
    assertEquals(Path.parse("bar.baz[1]"), Path.of("bar", "baz", 1));
    assertEquals(Path.parse("#tags[1]"), Path.parse("#tags").index(1));
  }

  @Test
  void equalsHashCodeAndToString() {
    assertEquals(Path.parse("a.b[2]"), Path.parse("a.b[2]"));
    assertEquals(Path.parse("a.b[2]").hashCode(), Path.parse("a.b[2]").hashCode());
    assertEquals(Path.parse("a[02]"), Path.parse("a[2]"));
    assertNotEquals(Path.parse("a.b"), Path.parse("a[0]"));
    assertEquals("#tags[1].x", Path.parse("#tags[1].x").toString());
  }

  @Test
  void segmentsAreImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> Path.parse("a.b").segments().add("c"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a..b       | 'a..b' has an empty name at index 2; a name must come before '.'",
        "a.         | 'a.' ends with '.'; a name must follow every '.'",
        ".a         | '.a' has an empty name at index 0; a name must come before '.'",
        "a.[1]      | 'a.[1]' has an empty name at index 2; a name must come before '['",
        "[1]        | '[1]' starts with a list index; a path starts with an attribute name",
        "a[x]       | 'a[x]' has the list index 'x' at index 2; a list index is a non-negative"
            + " integer such as [0]",
        "a[-1]      | 'a[-1]' has the list index '-1' at index 2; a list index is a non-negative"
            + " integer such as [0]",
        "a[1.5]     | 'a[1.5]' has the list index '1.5' at index 2",
        "a[         | 'a[' has a '[' at index 1 that is never closed with ']'",
        "a[1        | 'a[1' has a '[' at index 1 that is never closed with ']'",
        "a[]        | 'a[]' has an empty list index at index 1; write a number, such as [0]",
        "a[1]b      | 'a[1]b' has 'b' at index 4 after ']'; expected '.', '[' or the end",
        "a]         | 'a]' has a ']' at index 1 without a matching '['",
        "a[99999999999] | has the list index 99999999999 at index 2, which is larger than 2147483647",
        "#          | has an invalid alias '#' at index 0; an alias is '#' followed by letters,"
            + " digits or '_'",
        "a.#b-c     | has an invalid alias '#b-c' at index 2",
      })
  void rejectsInvalidTextNamingPositionAndRule(String text, String expected) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Path.parse(text));
    assertEquals("path", e.field());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains("a path is names separated by '.'"), e.getMessage());
  }

  @Test
  void rejectsEmptyAndNullText() {
    assertEquals(
        "path: is empty; a path is names separated by '.', each optionally followed by list"
            + " indexes such as [0] (use Path.name(...) for an attribute whose name contains '.',"
            + " '[' or ']')",
        assertThrows(InvalidRequestException.class, () -> Path.parse("")).getMessage());
    assertThrows(InvalidRequestException.class, () -> Path.parse(null));
  }

  @Test
  void rejectsBadSegmentsInBuilders() {
    assertEquals(
        "path: segment 0 is an empty name; attribute names and map keys are at least one"
            + " character",
        assertThrows(InvalidRequestException.class, () -> Path.name("")).getMessage());
    assertEquals(
        "path: starts with the Integer 1; a path starts with an attribute name (a String)",
        assertThrows(InvalidRequestException.class, () -> Path.of(1, "a")).getMessage());
    assertEquals(
        "path: segment 1 is the list index -1; list indexes are 0 or more",
        assertThrows(InvalidRequestException.class, () -> Path.of("a", -1)).getMessage());
    assertEquals(
        "path: segment 1 is the Long 1; segments are String names and Integer list indexes",
        assertThrows(InvalidRequestException.class, () -> Path.of("a", 1L)).getMessage());
    assertThrows(InvalidRequestException.class, () -> Path.of());
    assertThrows(InvalidRequestException.class, () -> Path.name("a").index(-1));
    assertThrows(InvalidRequestException.class, () -> Path.name("a").child(""));
  }

  /** Names that parse as one name segment: no '.', '[' or ']', and no leading '#'. */
  private static Gen<String> plainishNames() {
    return SourceDSL.strings()
        .basicMultilingualPlaneAlphabet()
        .ofLengthBetween(1, 8)
        .assuming(s -> s.chars().noneMatch(c -> c == '.' || c == '[' || c == ']'))
        .assuming(s -> s.charAt(0) != '#')
        .assuming(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
  }

  @Test
  void toStringParsesBackToTheSamePath() {
    Gen<Object> segment =
        Generate.oneOf(
            plainishNames().map(s -> (Object) s),
            SourceDSL.integers().between(0, 1000).map(i -> (Object) i));
    qt().withExamples(500)
        .forAll(plainishNames(), SourceDSL.lists().of(segment).ofSizeBetween(0, 6))
        .checkAssert(
            (head, tail) -> {
              List<Object> all = new ArrayList<>();
              all.add(head);
              all.addAll(tail);
              Path p = Path.of(all.toArray());
              assertEquals(p, Path.parse(p.toString()));
              assertEquals(all, Path.parse(p.toString()).segments());
            });
  }
}
