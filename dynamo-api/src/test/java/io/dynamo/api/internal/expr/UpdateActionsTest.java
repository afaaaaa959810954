package io.dynamo.api.internal.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Expr;
import io.dynamo.api.expr.Path;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class UpdateActionsTest {
  private static final CodecRegistry CODECS = CodecRegistry.defaults();

  private static ExpressionContext empty() {
    return new ExpressionContext(Map.of(), Map.of());
  }

  private static InvalidRequestException fails(Executable call) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call);
    assertEquals("UpdateExpression", e.field());
    return e;
  }

  // --- the seed's examples ---

  @Test
  void setsPlainAliasedAndRawValues() {
    ExpressionContext ctx =
        new ExpressionContext(
            Map.of("#counter", "test/counter"), Map.of(":one", AttributeValue.n(1)));
    String expression =
        new UpdateActions()
            .set("Foobar", 123)
            .set("user/email", "test@test.com")
            .set("#counter", Expr.raw("#counter + :one"))
            .render(ctx, CODECS);
    assertEquals("SET Foobar = :v0, #n0 = :v1, #counter = #counter + :one", expression);
    Map<String, String> names = new LinkedHashMap<>();
    names.put("#counter", "test/counter");
    names.put("#n0", "user/email");
    assertEquals(names, ctx.names());
    assertEquals(List.copyOf(names.keySet()), List.copyOf(ctx.names().keySet()));
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    values.put(":one", AttributeValue.n(1));
    values.put(":v0", AttributeValue.n(123));
    values.put(":v1", AttributeValue.s("test@test.com"));
    assertEquals(values, ctx.values());
    assertEquals(List.copyOf(values.keySet()), List.copyOf(ctx.values().keySet()));
  }

  @Test
  void addsANumberAndASetMember() {
    ExpressionContext ctx = empty();
    String expression =
        new UpdateActions().add("amount", 1).add("test/colors", Set.of("b")).render(ctx, CODECS);
    assertEquals("ADD amount :v0, #n0 :v1", expression);
    assertEquals(Map.of("#n0", "test/colors"), ctx.names());
    assertEquals(Map.of(":v0", AttributeValue.n(1), ":v1", AttributeValue.ss("b")), ctx.values());
  }

  @Test
  void removesAliasPlainAndAliasedNames() {
    ExpressionContext ctx = new ExpressionContext(Map.of("#kek", "test/kek"), Map.of());
    String expression = new UpdateActions().remove("#kek", "abc", "test/lol").render(ctx, CODECS);
    assertEquals("REMOVE #kek, abc, #n0", expression);
    assertEquals(List.of("#kek", "#n0"), List.copyOf(ctx.names().keySet()));
    assertEquals("test/lol", ctx.names().get("#n0"));
    assertEquals(Map.of(), ctx.values());
  }

  @Test
  void removesAListElement() {
    ExpressionContext ctx = empty();
    assertEquals("REMOVE tags[1]", new UpdateActions().remove("tags[1]").render(ctx, CODECS));
    assertEquals(Map.of(), ctx.names());
  }

  @Test
  void removesAListElementThroughAnAlias() {
    ExpressionContext ctx = new ExpressionContext(Map.of("#tags", "user/tags"), Map.of());
    assertEquals("REMOVE #tags[1]", new UpdateActions().remove("#tags[1]").render(ctx, CODECS));
    assertEquals(Map.of("#tags", "user/tags"), ctx.names());
  }

  @Test
  void deletesSetMembers() {
    ExpressionContext ctx = empty();
    Set<String> members = new LinkedHashSet<>(List.of("r", "b"));
    assertEquals(
        "DELETE #n0 :v0", new UpdateActions().delete("user/colors", members).render(ctx, CODECS));
    assertEquals(Map.of("#n0", "user/colors"), ctx.names());
    assertEquals(Map.of(":v0", AttributeValue.ss("r", "b")), ctx.values());
  }

  @Test
  void deletesSetMembersGivenAsAnImmutableSet() {
    ExpressionContext ctx = empty();
    new UpdateActions().delete("user/colors", Set.of("r", "b")).render(ctx, CODECS);
    assertEquals(AttributeValue.ss(Set.of("r", "b")), ctx.values().get(":v0"));
  }

  // --- rendering rules ---

  @Test
  void writesClausesInFixedOrderAndActionsInCallOrder() {
    ExpressionContext ctx = empty();
    String expression =
        new UpdateActions()
            .delete("user/colors", Set.of("r"))
            .add("count", 1)
            .remove("abc")
            .set("a", 1)
            .add("name", 2)
            .set("status", "x")
            .remove("tags[1]")
            .render(ctx, CODECS);
    assertEquals(
        "SET a = :v0, #n0 = :v1 REMOVE abc, tags[1] ADD #n1 :v2, #n2 :v3 DELETE #n3 :v4",
        expression);
    assertEquals(
        List.of("status", "count", "name", "user/colors"), List.copyOf(ctx.names().values()));
    assertEquals(
        List.of(
            AttributeValue.n(1),
            AttributeValue.s("x"),
            AttributeValue.n(1),
            AttributeValue.n(2),
            AttributeValue.ss("r")),
        List.copyOf(ctx.values().values()));
  }

  @Test
  void acceptsPathsAndAttributeValues() {
    ExpressionContext ctx = empty();
    String expression =
        new UpdateActions()
            .set(Path.name("a.b"), AttributeValue.m(Map.of("k", AttributeValue.bool(true))))
            .set(Path.of("m", "x y", 2), null)
            .add("n", AttributeValue.ns("1", "2"))
            .render(ctx, CODECS);
    assertEquals("SET #n0 = :v0, m.#n1[2] = :v1 ADD n :v2", expression);
    assertEquals(AttributeValue.nul(), ctx.values().get(":v1"));
  }

  @Test
  void sharesAliasesAcrossClauses() {
    ExpressionContext ctx = empty();
    String expression =
        new UpdateActions().set("user/a.x", 1).remove("user/a.y").render(ctx, CODECS);
    assertEquals("SET #n0.x = :v0 REMOVE #n0.y", expression);
    assertEquals(Map.of("#n0", "user/a"), ctx.names());
  }

  @Test
  void acceptsADeclaredPlaceholderForAddAndDelete() {
    ExpressionContext ctx =
        new ExpressionContext(
            Map.of(), Map.of(":one", AttributeValue.n(1), ":rb", AttributeValue.ss("r", "b")));
    String expression =
        new UpdateActions()
            .add("amount", Expr.raw(":one"))
            .delete("colors", Expr.raw(" :rb "))
            .render(ctx, CODECS);
    assertEquals("ADD amount :one DELETE colors :rb", expression);
    assertEquals(2, ctx.values().size());
  }

  @Test
  void isEmptyUntilAnActionIsAdded() {
    UpdateActions actions = new UpdateActions();
    assertTrue(actions.isEmpty());
    assertFalse(actions.remove("a").isEmpty());
  }

  // --- errors ---

  @Test
  void rejectsRenderingNoActions() {
    assertEquals(
        "UpdateExpression: there are no actions; give at least one set, remove, add or delete",
        fails(() -> new UpdateActions().render(empty(), CODECS)).getMessage());
  }

  @Test
  void rejectsAddOfAValueThatIsNeitherNumberNorSet() {
    assertEquals(
        "UpdateExpression: ADD amount: the value is a string (S); ADD takes a number (N), added to"
            + " a number, or a set (SS, NS, BS), whose members are added to a set",
        fails(() -> new UpdateActions().add("amount", "1").render(empty(), CODECS)).getMessage());
    assertEquals(
        "UpdateExpression: ADD tags: the value is a list (L); ADD takes a number (N), added to a"
            + " number, or a set (SS, NS, BS), whose members are added to a set (a Java List or"
            + " array encodes to a list; use a Set)",
        fails(() -> new UpdateActions().add("tags", List.of("a")).render(empty(), CODECS))
            .getMessage());
    // an AttributeValue is checked at once
    fails(() -> new UpdateActions().add("b", AttributeValue.bool(true)));
  }

  @Test
  void rejectsDeleteOfAValueThatIsNotASet() {
    assertEquals(
        "UpdateExpression: DELETE user/colors: the value is a number (N); DELETE takes a set (SS,"
            + " NS, BS) of the members to remove from a set (to remove an attribute or a list"
            + " element, use remove)",
        fails(() -> new UpdateActions().delete("user/colors", 1).render(empty(), CODECS))
            .getMessage());
    fails(() -> new UpdateActions().delete("c", AttributeValue.s("r")));
  }

  @Test
  void rejectsADeclaredPlaceholderOfTheWrongType() {
    ExpressionContext ctx = new ExpressionContext(Map.of(), Map.of(":s", AttributeValue.s("x")));
    assertEquals(
        "UpdateExpression: DELETE c: the value is a string (S); DELETE takes a set (SS, NS, BS) of"
            + " the members to remove from a set (to remove an attribute or a list element, use"
            + " remove)",
        fails(() -> new UpdateActions().delete("c", Expr.raw(":s")).render(ctx, CODECS))
            .getMessage());
    assertEquals(
        "UpdateExpression: ADD c: :one is not declared; add it to values(...), or pass the value"
            + " itself",
        fails(() -> new UpdateActions().add("c", Expr.raw(":one")).render(ctx, CODECS))
            .getMessage());
  }

  @Test
  void rejectsRawExpressionsWhereDynamoDbTakesOnlyAValueOrAPath() {
    assertEquals(
        "UpdateExpression: ADD count: the raw expression 'count + :one' is not allowed here; ADD"
            + " takes a value, or an Expr that is a single :placeholder declared in values"
            + " (DynamoDB's ADD and DELETE accept only an expression attribute value)",
        fails(() -> new UpdateActions().add("count", Expr.raw("count + :one"))).getMessage());
    fails(() -> new UpdateActions().delete("s", Expr.raw("list_append(a, :b)")));
    assertEquals(
        "UpdateExpression: REMOVE: the path is Expr[tags[1]]; a path is a String (such as"
            + " \"bar.baz[1]\" or \"#tags[1]\") or a Path (raw expression text is allowed only as"
            + " a SET value)",
        fails(() -> new UpdateActions().remove(Expr.raw("tags[1]"))).getMessage());
    fails(() -> new UpdateActions().set(Expr.raw("a"), 1));
    assertEquals(
        "UpdateExpression: SET: the path is a class java.lang.Integer; a path is a String (such as"
            + " \"bar.baz[1]\" or \"#tags[1]\") or a Path",
        fails(() -> new UpdateActions().set(1, 1)).getMessage());
    fails(() -> new UpdateActions().remove((Object) null));
  }

  @Test
  void rejectsAnInvalidPathWhenTheActionIsAdded() {
    InvalidRequestException e = fails(() -> new UpdateActions().set("a..b", 1));
    assertTrue(
        e.getMessage()
            .startsWith("UpdateExpression: SET path: 'a..b' has an empty name at index 2"),
        e.getMessage());
    assertInstanceOf(InvalidRequestException.class, e.getCause());
  }

  @Test
  void rejectsUndeclaredNamesAndValuesInRawSetValues() {
    ExpressionContext ctx = new ExpressionContext(Map.of("#counter", "c"), Map.of());
    assertEquals(
        "UpdateExpression: SET #counter: '#counter + :one' uses :one, which is not declared; add"
            + " it to values(...) or write the value instead",
        fails(
                () ->
                    new UpdateActions()
                        .set("#counter", Expr.raw("#counter + :one"))
                        .render(ctx, CODECS))
            .getMessage());
    assertEquals(
        "UpdateExpression: SET #c: ExpressionAttributeNames: #c (in the path #c) is not declared;"
            + " add it to names(...), such as names(Map.of(\"#c\", \"attribute name\")), or write"
            + " the attribute name in the path and let it be aliased",
        fails(() -> new UpdateActions().set("#c", 1).render(ctx, CODECS)).getMessage());
  }

  @Test
  void wrapsCodecErrorsKeepingTheirPath() {
    Object unsupported = new Object();
    InvalidRequestException e =
        fails(() -> new UpdateActions().set("m", Map.of("k", unsupported)).render(empty(), CODECS));
    assertTrue(
        e.getMessage()
            .startsWith("UpdateExpression: SET m: the value cannot be encoded: k: no codec for"),
        e.getMessage());
    assertInstanceOf(CodecException.class, e.getCause());
    assertEquals("k", ((CodecException) e.getCause()).path());
    InvalidRequestException emptySet =
        fails(() -> new UpdateActions().add("s", Set.of()).render(empty(), CODECS));
    assertTrue(
        emptySet
            .getMessage()
            .startsWith("UpdateExpression: ADD s: the value cannot be encoded: empty set"),
        emptySet.getMessage());
  }

  @Test
  void rejectsTheSamePathTwice() {
    assertEquals(
        "UpdateExpression: the paths of SET a and REMOVE a are the same; DynamoDB rejects"
            + " overlapping document paths in one expression, so give each path once and not"
            + " together with a path inside it",
        fails(() -> new UpdateActions().set("a", 1).remove("a").render(empty(), CODECS))
            .getMessage());
  }

  @Test
  void rejectsAPathInsideAnother() {
    assertEquals(
        "UpdateExpression: the paths of SET tags and REMOVE tags[1] overlap (one lies inside the"
            + " other); DynamoDB rejects overlapping document paths in one expression, so give"
            + " each path once and not together with a path inside it",
        fails(
                () ->
                    new UpdateActions()
                        .set("tags", List.of("a"))
                        .remove("tags[1]")
                        .render(empty(), CODECS))
            .getMessage());
    fails(
        () -> new UpdateActions().add("a.b.c", 1).delete("a.b", Set.of(1)).render(empty(), CODECS));
  }

  @Test
  void resolvesAliasesBeforeComparingPaths() {
    ExpressionContext ctx = new ExpressionContext(Map.of("#kek", "test/kek"), Map.of());
    assertEquals(
        "UpdateExpression: the paths of REMOVE #kek (test/kek) and SET test/kek are the same;"
            + " DynamoDB rejects overlapping document paths in one expression, so give each path"
            + " once and not together with a path inside it",
        fails(() -> new UpdateActions().remove("#kek").set("test/kek", 1).render(ctx, CODECS))
            .getMessage());
  }

  @Test
  void rejectsAPathUsedAsBothMapAndList() {
    assertEquals(
        "UpdateExpression: the paths of SET a.b and REMOVE a[0] conflict: a is used as a map in"
            + " one and as a list in the other; DynamoDB rejects conflicting document paths",
        fails(() -> new UpdateActions().set("a.b", 1).remove("a[0]").render(empty(), CODECS))
            .getMessage());
  }

  @Test
  void acceptsSiblingPaths() {
    assertEquals(
        "SET a.b = :v0, a.c = :v1, l[0] = :v2, l[1] = :v3, ab = :v4",
        new UpdateActions()
            .set("a.b", 1)
            .set("a.c", 1)
            .set("l[0]", 1)
            .set("l[1]", 1)
            .set("ab", 1)
            .render(empty(), CODECS));
  }

  @Test
  void describesItsActions() {
    assertEquals(
        "UpdateActions[SET a = 1, REMOVE b, ADD c 2]",
        new UpdateActions().set("a", 1).remove("b").add("c", 2).toString());
  }
}
