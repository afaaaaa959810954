package io.dynamo.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * A violation's property path as DynamoDB's documentation writes it: {@code
 * TransactItems[3].Update.Key}, {@code RequestItems[users].Keys}, {@code
 * ExpressionAttributeValues[:v]}; the container element nodes Bean Validation adds ({@code <map
 * value>}) are left out, their index or key kept.
 */
public final class Paths {
  private Paths() {}

  /** {@code path} as text, under {@code root} (such as {@code Item}) when not empty. */
  public static String render(String root, Path path) {
    StringBuilder b = new StringBuilder(root);
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        b.append('[').append(at).append(']');
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && (node.getKind() == ElementKind.PROPERTY)) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(name);
      }
    }
    return b.toString();
  }
}
