package io.dynamo.api.expr;

import static io.dynamo.api.expr.Condition.allOf;
import static io.dynamo.api.expr.Condition.anyOf;
import static io.dynamo.api.expr.Condition.attributeExists;
import static io.dynamo.api.expr.Condition.attributeNotExists;
import static io.dynamo.api.expr.Condition.eq;
import static io.dynamo.api.expr.Condition.not;
import static io.dynamo.api.expr.Condition.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.expr.ExpressionContext;
import io.dynamo.codec.AttributeType;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionTest {
  private static final CodecRegistry CODECS = CodecRegistry.defaults();

  private ExpressionContext ctx = new ExpressionContext(Map.of(), Map.of());

  private String render(Condition c) {
    return ctx.render(c, "ConditionExpression", CODECS);
  }

  @Test
  void rendersTheBriefsExample() {
    assertEquals(
        "attribute_exists(#n0) AND #n1 = :v0",
        render(attributeExists("user/id").and(eq("status", "active"))));
    assertEquals(Map.of("#n0", "user/id", "#n1", "status"), ctx.names());
    assertEquals(Map.of(":v0", AttributeValue.s("active")), ctx.values());
  }

  @Test
  void rendersEveryComparator() {
    assertEquals(
        "a = :v0 AND a <> :v1 AND a < :v2 AND a <= :v3 AND a > :v4 AND a >= :v5",
        render(
            allOf(
                eq("a", 1),
                Condition.ne("a", 2),
                Condition.lt("a", 3),
                Condition.le("a", 4),
                Condition.gt("a", 5),
                Condition.ge("a", 6))));
    assertEquals(6, ctx.values().size());
  }

  @Test
  void rendersFunctions() {
    assertEquals("attribute_not_exists(#n0)", render(attributeNotExists("user/id")));
    assertEquals(
        "attribute_type(#n1, :v0)", render(Condition.attributeType("name", AttributeType.SS)));
    assertEquals(AttributeValue.s("SS"), ctx.values().get(":v0"));
    assertEquals("begins_with(sk, :v1)", render(Condition.beginsWith("sk", "2024-")));
    assertEquals("contains(#n2, :v2)", render(Condition.contains("test/colors", "r")));
  }

  @Test
  void rendersSizeBetweenAndIn() {
    assertEquals("size(tags) > :v0", render(Condition.gt(Condition.size("tags"), 3)));
    assertEquals("#n0 BETWEEN :v1 AND :v2", render(Condition.between("count", 1, 9)));
    assertEquals("#n1 IN (:v3, :v4, :v5)", render(Condition.in("status", "a", "b", "c")));
    assertEquals("x IN (:v6, :v7)", render(Condition.in("x", List.of(1, 2))));
    assertEquals("x IN (:v8)", render(Condition.in("x", Operand.value(List.of(1, 2)))));
    assertEquals(
        AttributeValue.l(AttributeValue.n(1), AttributeValue.n(2)), ctx.values().get(":v8"));
  }

  @Test
  void comparesAttributesWithAttributes() {
    assertEquals("a < b.c", render(Condition.lt("a", Path.parse("b.c"))));
    assertEquals("a < :v0", render(Condition.lt("a", "b.c")));
    assertEquals(AttributeValue.s("b.c"), ctx.values().get(":v0"));
    assertEquals("#n0 = #n1", render(eq(Operand.path("user/a"), Operand.path("user/b"))));
  }

  @Test
  void rendersTheSeedsRawConditionWithCallerEntries() {
    ctx =
        new ExpressionContext(
            Map.of("#foo", "user/foo"),
            Map.of(":one", AttributeValue.n(1), ":two", AttributeValue.n(2)));
    assertEquals("#foo in (:one, :two)", render(raw("#foo in (:one, :two)")));
    assertEquals(
        "(#foo in (:one, :two)) AND #foo <> :v0",
        render(raw("#foo in (:one, :two)").and(Condition.ne("user/foo", 3))));
  }

  @Test
  void addsNoRedundantParentheses() {
    Condition a = eq("a", 1);
    Condition b = eq("b", 2);
    Condition c = eq("c", 3);
    assertEquals("a = :v0 AND (b = :v1 OR c = :v2)", render(a.and(b.or(c))));
    assertEquals("a = :v3 AND b = :v4 OR c = :v5", render(a.and(b).or(c)));
    assertEquals("a = :v6 AND b = :v7 AND c = :v8", render(a.and(b).and(c)));
    assertEquals("a = :v9 OR b = :v10 OR c = :v11", render(anyOf(a, anyOf(b, c))));
    assertEquals("NOT (a = :v12)", render(a.not()));
    assertEquals("NOT attribute_exists(a)", render(not(attributeExists("a"))));
    assertEquals("NOT (NOT attribute_exists(a))", render(not(attributeExists("a")).not()));
    assertEquals("NOT (a = :v13 OR b = :v14)", render(a.or(b).not()));
    assertEquals("NOT (a = :v15) AND b = :v16", render(a.not().and(b)));
  }

  @Test
  void parenthesizesRawTextOnlyWhenNeeded() {
    ctx = new ExpressionContext(Map.of(), Map.of(":x", AttributeValue.n(1)));
    assertEquals("a = :x OR b = :x", render(raw(" a = :x OR b = :x ")));
    assertEquals("(a = :x OR b = :x) AND c = :v0", render(raw("a = :x OR b = :x").and(eq("c", 1))));
    assertEquals(
        "(a = :x OR b = :x) AND c = :v1", render(raw("(a = :x OR b = :x)").and(eq("c", 1))));
    assertEquals("NOT (a = :x)", render(raw("(a = :x)").not()));
    assertEquals("NOT (a = :x)", render(raw("a = :x").not()));
    assertEquals(
        "((a = :x) OR (b = :x)) AND c = :v2", render(raw("(a = :x) OR (b = :x)").and(eq("c", 1))));
  }

  @Test
  void checksRawReferences() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> render(raw("#foo = :one")));
    assertEquals("ConditionExpression", e.field());
    assertEquals(
        "ConditionExpression: '#foo = :one' uses #foo, which is not declared; add it to names(...)"
            + " or write the attribute name in a path to have it aliased",
        e.getMessage());
  }

  @Test
  void reportsUndeclaredAliasesAndBadValuesForTheField() {
    InvalidRequestException alias =
        assertThrows(
            InvalidRequestException.class,
            () -> ctx.render(attributeExists("#x"), "FilterExpression", CODECS));
    assertEquals("FilterExpression", alias.field());
    assertTrue(
        alias.getMessage().contains("#x (in the path #x) is not declared"), alias.getMessage());
    InvalidRequestException value =
        assertThrows(InvalidRequestException.class, () -> render(eq("a", new Object())));
    assertEquals("ConditionExpression", value.field());
    assertTrue(
        value.getMessage().startsWith("ConditionExpression: the value cannot be encoded: no codec"),
        value.getMessage());
    assertThrows(InvalidRequestException.class, () -> render(eq("a", Set.of())));
  }

  @Test
  void rejectsWrongArguments() {
    assertEquals(
        "condition: IN has 0 candidates; DynamoDB allows 1 to 100",
        assertThrows(InvalidRequestException.class, () -> Condition.in("a")).getMessage());
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(i);
    }
    assertThrows(InvalidRequestException.class, () -> Condition.in("a", many));
    Condition.in("a", many.subList(0, 100));
    assertEquals(
        "condition: the left side of a comparison must be a path, a String (such as \"user/id\" or"
            + " \"bar.baz[1]\") or a Path, not a java.lang.Integer (1)",
        assertThrows(InvalidRequestException.class, () -> eq(1, "a")).getMessage());
    assertThrows(InvalidRequestException.class, () -> attributeExists(null));
    assertThrows(InvalidRequestException.class, () -> attributeExists("a..b"));
    assertThrows(
        InvalidRequestException.class, () -> Condition.attributeType("a", AttributeType.UNKNOWN));
    assertThrows(InvalidRequestException.class, () -> allOf());
    assertEquals(
        "condition: = compares a with itself; DynamoDB requires the operands to be different"
            + " paths",
        assertThrows(InvalidRequestException.class, () -> render(eq("a", Path.parse("a"))))
            .getMessage());
    assertThrows(
        InvalidRequestException.class, () -> render(Condition.contains("a", Path.parse("a"))));
  }

  @Test
  void singleConditionJunctionIsTheConditionItself() {
    Condition a = eq("a", 1);
    assertEquals(a, allOf(a));
    assertEquals(a, anyOf(a));
  }

  @Test
  void equalityAndReadableText() {
    assertEquals(eq("a", 1).and(eq("b", "x")), eq("a", 1).and(eq("b", "x")));
    assertNotEquals(eq("a", 1), eq("a", 2));
    assertEquals(
        "attribute_exists(user/id) AND status = \"active\" AND size(tags) > 3",
        attributeExists("user/id")
            .and(eq("status", "active"))
            .and(Condition.gt(Condition.size("tags"), 3))
            .toString());
  }
}
