package io.dynamo.api.internal.rules;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.model.Select;

/** DynamoDB's rules for Query and Scan: Select against projection and index, Limit, segments. */
public final class ReadRules {
  /** Most segments of a parallel scan. */
  public static final int MAX_TOTAL_SEGMENTS = 1_000_000;

  private ReadRules() {}

  /** Checks Select, projection and Limit together. */
  public static void check(String indexName, Select select, String projection, Integer limit) {
    Require.atLeast("Limit", limit, 1, "a page holds at least 1 item");
    if (projection != null && select != null && select != Select.SPECIFIC_ATTRIBUTES) {
      throw new InvalidRequestException(
          "Select",
          select
              + " is given with a projection; a projection needs Select SPECIFIC_ATTRIBUTES (or no"
              + " Select)");
    }
    if (select == Select.SPECIFIC_ATTRIBUTES && projection == null) {
      throw new InvalidRequestException(
          "Select",
          "SPECIFIC_ATTRIBUTES needs a projection; give project(...) or projectionExpression(...)");
    }
    if (select == Select.ALL_PROJECTED_ATTRIBUTES && indexName == null) {
      throw new InvalidRequestException(
          "Select", "ALL_PROJECTED_ATTRIBUTES is only for indexes; give index(name)");
    }
  }

  /** Checks a parallel scan's segment against the total (both given or neither). */
  public static void checkSegments(Integer segment, Integer totalSegments) {
    if (segment != null && totalSegments == null) {
      throw new InvalidRequestException(
          "TotalSegments",
          "is required with Segment; a parallel scan gives both, e.g. segment(0).totalSegments(4)");
    }
    if (segment == null && totalSegments != null) {
      throw new InvalidRequestException(
          "Segment",
          "is required with TotalSegments; a parallel scan gives both, e.g."
              + " segment(0).totalSegments(4)");
    }
    if (totalSegments == null) {
      return;
    }
    if (totalSegments < 1 || totalSegments > MAX_TOTAL_SEGMENTS) {
      throw new InvalidRequestException(
          "TotalSegments",
          totalSegments + " is out of range; a scan has 1 to " + MAX_TOTAL_SEGMENTS + " segments");
    }
    if (segment < 0 || segment >= totalSegments) {
      throw new InvalidRequestException(
          "Segment",
          segment
              + " is out of range; segments are numbered from 0 and must be less than"
              + " TotalSegments ("
              + totalSegments
              + ")");
    }
  }
}
