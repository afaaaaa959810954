package io.dynamo.api.internal.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Path;
import io.dynamo.codec.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionContextTest {

  private static ExpressionContext empty() {
    return new ExpressionContext(Map.of(), Map.of());
  }

  @Test
  void writesPlainIdentifiersAsTheyAre() {
    ExpressionContext ctx = empty();
    assertEquals("Foobar", ctx.path("Foobar"));
    assertEquals("a_1.b2[3]", ctx.path("a_1.b2[3]"));
    assertEquals(Map.of(), ctx.names());
  }

  @Test
  void aliasesReservedWordsInAnyCase() {
    ExpressionContext ctx = empty();
    assertEquals("#n0", ctx.path("name"));
    assertEquals("#n1", ctx.path("status"));
    assertEquals("#n2", ctx.path("Name"));
    assertEquals("#n3", ctx.path("sTaTuS"));
    assertEquals(
        Map.of("#n0", "name", "#n1", "status", "#n2", "Name", "#n3", "sTaTuS"), ctx.names());
  }

  @Test
  void aliasesNamesThatAreNotPlainIdentifiers() {
    ExpressionContext ctx = empty();
    assertEquals("#n0", ctx.path("user/id"));
    assertEquals("#n1", ctx.path(Path.name("a.b")));
    assertEquals("#n2", ctx.path("x-y"));
    assertEquals("#n3", ctx.path("ns:key"));
    assertEquals("#n4", ctx.path("first name"));
    assertEquals("#n5", ctx.path("日本"));
    assertEquals("#n6", ctx.path("_under"));
    assertEquals("#n7", ctx.path("1abc"));
    assertEquals("#n8", ctx.path("é"));
    assertEquals(
        List.of("user/id", "a.b", "x-y", "ns:key", "first name", "日本", "_under", "1abc", "é"),
        List.copyOf(ctx.names().values()));
  }

  @Test
  void aliasesEveryNameSegmentOfANestedPath() {
    ExpressionContext ctx = empty();
    assertEquals("#n0.baz[1].#n1[0][2]", ctx.path("user/data.baz[1].size[0][2]"));
    assertEquals(Map.of("#n0", "user/data", "#n1", "size"), ctx.names());
  }

  @Test
  void reusesTheSameAliasForTheSameName() {
    ExpressionContext ctx = empty();
    assertEquals("#n0", ctx.path("user/id"));
    assertEquals("#n1.#n0", ctx.path("name.user/id"));
    assertEquals("#n0[2]", ctx.path("user/id[2]"));
    assertEquals(Map.of("#n0", "user/id", "#n1", "name"), ctx.names());
  }

  @Test
  void reusesTheCallersAliasForTheSameName() {
    ExpressionContext ctx = new ExpressionContext(Map.of("#kek", "test/kek"), Map.of());
    assertEquals("#kek", ctx.path("test/kek"));
    assertEquals("#kek", ctx.path("#kek"));
    assertEquals(Map.of("#kek", "test/kek"), ctx.names());
  }

  @Test
  void skipsAliasesAndPlaceholdersTheCallerUses() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("#n0", "other");
    names.put("#n2", "another");
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    values.put(":v0", AttributeValue.n(1));
    values.put(":v1", AttributeValue.n(2));
    ExpressionContext ctx = new ExpressionContext(names, values);
    assertEquals("#n1", ctx.path("user/id"));
    assertEquals("#n3", ctx.path("name"));
    assertEquals("#n0", ctx.path("other"));
    assertEquals(":v2", ctx.value(AttributeValue.s("x")));
    assertEquals(":v3", ctx.value(AttributeValue.s("y")));
    assertEquals(List.of("#n0", "#n2", "#n1", "#n3"), List.copyOf(ctx.names().keySet()));
    assertEquals(List.of(":v0", ":v1", ":v2", ":v3"), List.copyOf(ctx.values().keySet()));
  }

  @Test
  void givesEveryValueItsOwnPlaceholder() {
    ExpressionContext ctx = empty();
    assertEquals(":v0", ctx.value(AttributeValue.n(1)));
    assertEquals(":v1", ctx.value(AttributeValue.n(1)));
    assertEquals(Map.of(":v0", AttributeValue.n(1), ":v1", AttributeValue.n(1)), ctx.values());
  }

  @Test
  void namesAndValuesAreUnmodifiableSnapshotsInOrder() {
    ExpressionContext ctx =
        new ExpressionContext(Map.of("#z", "z/z"), Map.of(":z", AttributeValue.n(0)));
    ctx.path("b/b");
    ctx.path("a/a");
    ctx.value(AttributeValue.s("s"));
    Map<String, String> names = ctx.names();
    assertEquals(List.of("#z", "#n0", "#n1"), List.copyOf(names.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> names.put("#x", "x"));
    assertThrows(UnsupportedOperationException.class, () -> ctx.values().clear());
    ctx.path("c/c");
    assertEquals(3, names.size());
    assertEquals(4, ctx.names().size());
  }

  @Test
  void acceptsNullAsNoCallerEntries() {
    ExpressionContext ctx = new ExpressionContext(null, null);
    assertEquals("#n0", ctx.path("user/id"));
    assertEquals(Map.of(), ctx.values());
  }

  @Test
  void rejectsAnUndeclaredAlias() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> empty().path("#tags[1]"));
    assertEquals("ExpressionAttributeNames", e.field());
    assertEquals(
        "ExpressionAttributeNames: #tags (in the path #tags[1]) is not declared; add it to"
            + " names(...), such as names(Map.of(\"#tags\", \"attribute name\")), or write the"
            + " attribute name in the path and let it be aliased",
        e.getMessage());
  }

  @Test
  void resolvesAliasesToTheirNames() {
    ExpressionContext ctx = new ExpressionContext(Map.of("#tags", "user/tags"), Map.of());
    assertEquals(List.of("user/tags", 1, "x"), ctx.resolve(Path.parse("#tags[1].x")));
    assertEquals(List.of("#tags"), ctx.resolve(Path.name("#tags")));
  }

  @Test
  void literalNameStartingWithHashIsAliased() {
    ExpressionContext ctx = new ExpressionContext(Map.of("#tags", "user/tags"), Map.of());
    assertEquals("#n0", ctx.path(Path.name("#tags")));
    assertEquals("#tags", ctx.names().get("#n0"));
  }

  @Test
  void checksReferencesInRawText() {
    ExpressionContext ctx =
        new ExpressionContext(
            Map.of("#counter", "test/counter"), Map.of(":one", AttributeValue.n(1)));
    assertEquals("#counter + :one", ctx.raw("#counter + :one", "UpdateExpression"));
    InvalidRequestException undeclaredName =
        assertThrows(InvalidRequestException.class, () -> ctx.raw("#count + :one", "X"));
    assertEquals(
        "X: '#count + :one' uses #count, which is not declared; add it to names(...) or write the"
            + " attribute name in a path to have it aliased",
        undeclaredName.getMessage());
    InvalidRequestException undeclaredValue =
        assertThrows(InvalidRequestException.class, () -> ctx.raw("#counter + :two", "X"));
    assertEquals(
        "X: '#counter + :two' uses :two, which is not declared; add it to values(...) or write"
            + " the value instead",
        undeclaredValue.getMessage());
  }

  @Test
  void rawTextMayNotUseGeneratedAliases() {
    ExpressionContext ctx = empty();
    ctx.path("user/id");
    assertThrows(InvalidRequestException.class, () -> ctx.raw("#n0 = :v0", "X"));
  }

  @Test
  void rejectsMalformedCallerEntries() {
    assertEquals(
        "ExpressionAttributeNames: the key 'foo' is not a valid reference; it must be '#'"
            + " followed by one or more letters, digits or '_'",
        assertThrows(
                InvalidRequestException.class,
                () -> new ExpressionContext(Map.of("foo", "bar"), Map.of()))
            .getMessage());
    assertEquals(
        "ExpressionAttributeValues: the key '#v' is not a valid reference; it must be ':'"
            + " followed by one or more letters, digits or '_'",
        assertThrows(
                InvalidRequestException.class,
                () -> new ExpressionContext(Map.of(), Map.of("#v", AttributeValue.n(1))))
            .getMessage());
    assertEquals(
        "ExpressionAttributeNames: #a maps to an empty name; attribute names are at least one"
            + " character",
        assertThrows(
                InvalidRequestException.class,
                () -> new ExpressionContext(Map.of("#a", ""), Map.of()))
            .getMessage());
    Map<String, AttributeValue> nullValue = new LinkedHashMap<>();
    nullValue.put(":a", null);
    assertThrows(InvalidRequestException.class, () -> new ExpressionContext(Map.of(), nullValue));
  }
}
