package io.dynamo.api.internal.expr;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders a projection: a list of paths ({@code String} or {@link io.dynamo.api.expr.Path}). */
public final class Projection {
  static final String FIELD = "ProjectionExpression";

  private Projection() {}

  /**
   * The {@code ProjectionExpression}, such as {@code #n0, bar.baz[1], abc, foo}, registering names
   * in {@code context}: the paths in the order given, separated by {@code ", "}.
   *
   * @throws InvalidRequestException if the list is empty, a path is not a String or Path or is not
   *     a valid path, an alias is not declared, or two paths overlap or conflict (DynamoDB rejects
   *     {@code bar} together with {@code bar.baz[1]})
   */
  public static String render(List<?> paths, ExpressionContext context) {
    if (paths == null || paths.isEmpty()) {
      throw new InvalidRequestException(
          FIELD, "no paths given; project at least one attribute, or leave the projection out");
    }
    List<Path> parsed = new ArrayList<>(paths.size());
    DocumentPaths check = new DocumentPaths(FIELD);
    for (Object p : paths) {
      Path path = toPath(p);
      try {
        check.add(path.toString(), path, context.resolve(path));
      } catch (InvalidRequestException e) {
        if (e.field().equals(FIELD)) {
          throw e;
        }
        throw new InvalidRequestException(FIELD, e.getMessage(), e);
      }
      parsed.add(path);
    }
    StringBuilder sb = new StringBuilder();
    for (Path path : parsed) {
      sb.append(sb.length() == 0 ? "" : ", ").append(context.path(path));
    }
    return sb.toString();
  }

  private static Path toPath(Object p) {
    if (p instanceof Path) {
      return (Path) p;
    }
    if (p instanceof String) {
      try {
        return Path.parse((String) p);
      } catch (InvalidRequestException e) {
        throw new InvalidRequestException(FIELD, e.getMessage(), e);
      }
    }
    throw new InvalidRequestException(
        FIELD,
        "a path is "
            + (p == null ? "null" : "a " + p.getClass().getName() + " (" + p + ")")
            + "; give each path as a String (such as \"bar.baz[1]\") or a Path");
  }
}
