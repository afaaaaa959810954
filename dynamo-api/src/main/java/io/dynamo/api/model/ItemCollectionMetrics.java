package io.dynamo.api.model;

import io.dynamo.codec.Key;
import java.util.List;

/**
 * The size of the item collection a write touched (tables with local secondary indexes), reported
 * when the request asks with {@link ReturnItemCollectionMetrics#SIZE}. Immutable and thread-safe.
 *
 * @param itemCollectionKey the partition key of the collection
 * @param sizeEstimateRangeGb lower and upper bound of the collection's size estimate in GB
 */
public record ItemCollectionMetrics(Key itemCollectionKey, List<Double> sizeEstimateRangeGb) {

  /** Copies the range. */
  public ItemCollectionMetrics {
    sizeEstimateRangeGb =
        sizeEstimateRangeGb == null ? List.of() : List.copyOf(sizeEstimateRangeGb);
  }
}
