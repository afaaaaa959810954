package io.dynamo.api.internal.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ProjectionTest {

  private static ExpressionContext empty() {
    return new ExpressionContext(Map.of(), Map.of());
  }

  private static String fails(Executable call) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call);
    assertEquals("ProjectionExpression", e.field());
    return e.getMessage();
  }

  @Test
  void rendersTheSeedsProjection() {
    ExpressionContext ctx = empty();
    assertEquals(
        "#n0, bar.baz[1], abc, foo",
        Projection.render(List.of("test/kek", "bar.baz[1]", "abc", "foo"), ctx));
    assertEquals(Map.of("#n0", "test/kek"), ctx.names());
    assertEquals(Map.of(), ctx.values());
  }

  @Test
  void rendersCallersAliasesAndPaths() {
    ExpressionContext ctx = new ExpressionContext(Map.of("#name", "user/name"), Map.of());
    assertEquals(
        "#foo, #name, #n0, #n1.x",
        Projection.render(
            List.of(Path.name("test/foo"), "#name", "name", Path.of("a.b", "x")),
            new ExpressionContext(Map.of("#name", "user/name", "#foo", "test/foo"), Map.of())));
    assertEquals("#name", Projection.render(List.of("user/name"), ctx));
  }

  @Test
  void rejectsAnEmptyList() {
    assertEquals(
        "ProjectionExpression: no paths given; project at least one attribute, or leave the"
            + " projection out",
        fails(() -> Projection.render(List.of(), empty())));
  }

  @Test
  void rejectsDuplicateAndOverlappingPaths() {
    assertEquals(
        "ProjectionExpression: the paths of abc and abc are the same; DynamoDB rejects overlapping"
            + " document paths in one expression, so give each path once and not together with a"
            + " path inside it",
        fails(() -> Projection.render(List.of("abc", "foo", "abc"), empty())));
    assertEquals(
        "ProjectionExpression: the paths of bar.baz[1] and bar overlap (one lies inside the"
            + " other); DynamoDB rejects overlapping document paths in one expression, so give"
            + " each path once and not together with a path inside it",
        fails(() -> Projection.render(List.of("bar.baz[1]", "bar"), empty())));
    ExpressionContext ctx = new ExpressionContext(Map.of("#k", "test/kek"), Map.of());
    assertEquals(
        "ProjectionExpression: the paths of #k (test/kek) and test/kek are the same; DynamoDB"
            + " rejects overlapping document paths in one expression, so give each path once and"
            + " not together with a path inside it",
        fails(() -> Projection.render(List.of("#k", "test/kek"), ctx)));
    fails(() -> Projection.render(List.of("a.b", "a[1]"), empty()));
  }

  @Test
  void rejectsInvalidPathsAndUndeclaredAliases() {
    assertEquals(
        "ProjectionExpression: path: 'a..b' has an empty name at index 2; a name must come before"
            + " '.'; a path is names separated by '.', each optionally followed by list indexes"
            + " such as [0] (use Path.name(...) for an attribute whose name contains '.', '[' or"
            + " ']')",
        fails(() -> Projection.render(List.of("a..b"), empty())));
    assertEquals(
        "ProjectionExpression: a path is a java.lang.Integer (1); give each path as a String"
            + " (such as \"bar.baz[1]\") or a Path",
        fails(() -> Projection.render(List.of(1), empty())));
    fails(() -> Projection.render(List.of("#nope"), empty()));
  }
}
