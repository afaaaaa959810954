package io.dynamo.api.internal.expr;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB's rule for the paths of one update or projection expression, checked before sending: no
 * path may equal another or lie inside it ("Two document paths overlap"), and no two paths may use
 * the same parent as a map in one and as a list in the other ("Two document paths conflict").
 * Aliases are resolved first, as DynamoDB does, so {@code #kek} and {@code test/kek} overlap when
 * {@code #kek} stands for {@code test/kek}. Not thread-safe.
 */
final class DocumentPaths {
  private final String field;
  private final List<String> labels = new ArrayList<>();
  private final List<Path> paths = new ArrayList<>();
  private final List<List<Object>> resolved = new ArrayList<>();

  DocumentPaths(String field) {
    this.field = field;
  }

  /**
   * Adds a path, named in messages by {@code label} (such as {@code SET tags}), after checking it
   * against those added before.
   *
   * @throws InvalidRequestException naming both paths if it overlaps or conflicts with one
   */
  void add(String label, Path path, List<Object> resolvedSegments) {
    for (int k = 0; k < resolved.size(); k++) {
      check(k, label, path, resolvedSegments);
    }
    labels.add(label);
    paths.add(path);
    resolved.add(resolvedSegments);
  }

  private void check(int k, String label, Path path, List<Object> segments) {
    List<Object> other = resolved.get(k);
    int common = Math.min(other.size(), segments.size());
    for (int i = 0; i < common; i++) {
      Object a = other.get(i);
      Object b = segments.get(i);
      if (a instanceof Integer != b instanceof Integer) {
        throw new InvalidRequestException(
            field,
            "the paths of "
                + describe(labels.get(k), paths.get(k), other)
                + " and "
                + describe(label, path, segments)
                + " conflict: "
                + text(other.subList(0, i))
                + " is used as a map in one and as a list in the other; DynamoDB rejects"
                + " conflicting document paths");
      }
      if (!a.equals(b)) {
        return;
      }
    }
    throw new InvalidRequestException(
        field,
        "the paths of "
            + describe(labels.get(k), paths.get(k), other)
            + " and "
            + describe(label, path, segments)
            + (other.size() == segments.size()
                ? " are the same"
                : " overlap (one lies inside the other)")
            + "; DynamoDB rejects overlapping document paths in one expression, so give each path"
            + " once and not together with a path inside it");
  }

  private static String describe(String label, Path path, List<Object> segments) {
    String resolvedText = text(segments);
    String given = path.toString();
    return label + (resolvedText.equals(given) ? "" : " (" + resolvedText + ")");
  }

  static String text(List<Object> segments) {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Integer) {
        sb.append('[').append(s).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s);
      }
    }
    return sb.toString();
  }
}
