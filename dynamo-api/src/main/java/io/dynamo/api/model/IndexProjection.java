package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.Require;
import java.util.Arrays;
import java.util.List;

/**
 * Which attributes a secondary index copies from its table: {@link #all()}, {@link #keysOnly()}, or
 * {@link #include(String...)} a few more. Immutable and thread-safe.
 *
 * @param projectionType the kind of projection
 * @param nonKeyAttributes for {@link ProjectionType#INCLUDE}, the 1 to 20 attributes copied besides
 *     the keys; empty otherwise
 */
public record IndexProjection(ProjectionType projectionType, List<String> nonKeyAttributes) {

  /** Checks that INCLUDE names 1 to 20 attributes and the other types none. */
  public IndexProjection {
    Require.present("ProjectionType", projectionType, "give ALL, KEYS_ONLY or INCLUDE");
    nonKeyAttributes = Require.list("NonKeyAttributes", nonKeyAttributes);
    if (projectionType == ProjectionType.INCLUDE) {
      if (nonKeyAttributes.isEmpty() || nonKeyAttributes.size() > 20) {
        throw new InvalidRequestException(
            "NonKeyAttributes",
            "has "
                + nonKeyAttributes.size()
                + " attributes; an INCLUDE projection names 1 to 20 non-key attributes");
      }
      for (String name : nonKeyAttributes) {
        Require.length("NonKeyAttributes", name, 1, 255, "attribute names are 1 to 255 characters");
      }
    } else if (!nonKeyAttributes.isEmpty()) {
      throw new InvalidRequestException(
          "NonKeyAttributes",
          "are given for a " + projectionType + " projection; only INCLUDE takes them");
    }
  }

  /** All of the table's attributes. */
  public static IndexProjection all() {
    return new IndexProjection(ProjectionType.ALL, List.of());
  }

  /** Only the table's and the index's key attributes. */
  public static IndexProjection keysOnly() {
    return new IndexProjection(ProjectionType.KEYS_ONLY, List.of());
  }

  /** The key attributes and the named ones. */
  public static IndexProjection include(String... nonKeyAttributes) {
    return new IndexProjection(
        ProjectionType.INCLUDE, nonKeyAttributes == null ? null : Arrays.asList(nonKeyAttributes));
  }
}
