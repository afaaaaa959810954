package io.dynamo.api.model;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.codec.Key;

/**
 * What the builders of reads of many items share (Query and Scan): the table or index, the filter,
 * the projection, paging and read options. Not public: its methods appear on each public {@code
 * Builder}.
 *
 * @param <B> the builder itself
 */
abstract class ReadBuilder<B extends ReadBuilder<B>> extends ExpressionBuilder<B> {
  String tableName;
  String indexName;
  String filter;
  Select select;
  Integer limit;
  Boolean consistentRead;
  Key startKey;
  ReturnConsumedCapacity capacity;

  ReadBuilder() {}

  /** The table's name or ARN ({@code TableName}). */
  public B table(String tableName) {
    this.tableName = tableName;
    return self();
  }

  /** The secondary index to read instead of the table ({@code IndexName}). */
  public B index(String indexName) {
    this.indexName = indexName;
    return self();
  }

  /** A condition on the items read ({@code FilterExpression}). */
  public B filter(String filterExpression) {
    this.filter = filterExpression;
    parts.condition("FilterExpression", null);
    return self();
  }

  /**
   * The filter as a {@link Condition}: attribute names are aliased and values given placeholders
   * automatically, such as {@code Condition.attributeNotExists("user/id")}.
   */
  public B filter(Condition condition) {
    this.filter = null;
    parts.condition("FilterExpression", condition);
    return self();
  }

  /** Returns only these attributes or nested paths (see {@link GetItemRequest.Builder#project}). */
  public B project(Object... paths) {
    parts.project(paths);
    return self();
  }

  /** A raw {@code ProjectionExpression}; paths given to {@link #project} are appended. */
  public B projectionExpression(String projectionExpression) {
    parts.projectionExpression(projectionExpression);
    return self();
  }

  /** Which attributes to return ({@code Select}). */
  public B select(Select select) {
    this.select = select;
    return self();
  }

  /** The most items to read for one page, at least 1 ({@code Limit}). */
  public B limit(Integer limit) {
    this.limit = limit;
    return self();
  }

  /** Whether reads are strongly consistent (tables and local indexes only). */
  public B consistentRead(boolean consistentRead) {
    this.consistentRead = consistentRead;
    return self();
  }

  /** Where the page starts: the previous page's {@code lastEvaluatedKey}. */
  public B startKey(Key exclusiveStartKey) {
    this.startKey = exclusiveStartKey;
    return self();
  }

  /** Whether to report consumed capacity. */
  public B returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
    this.capacity = returnConsumedCapacity;
    return self();
  }

  /** The filter text of the built request: the rendered {@link Condition}, or the text given. */
  final String filterExpression(ExpressionParts.Rendered rendered) {
    return rendered.condition("FilterExpression", filter);
  }
}
