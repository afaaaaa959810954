package io.dynamo.api.model;

import io.dynamo.api.expr.Path;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.Key;
import java.util.Map;

/**
 * One read of a {@link TransactGetItemsRequest} (DynamoDB's {@code Get}): an item by its key,
 * optionally only some attributes or nested paths, aliased where needed as in {@link
 * GetItemRequest}. Checked when built: the table name, a key, aliases starting with {@code #} and
 * used by the projection. Immutable and thread-safe.
 *
 * @param tableName the table's name or ARN
 * @param key the item's primary key
 * @param projectionExpression the attributes to return, or {@code null} for all
 * @param expressionAttributeNames aliases used in the projection, in order
 */
public record TransactGetItem(
    String tableName,
    Key key,
    String projectionExpression,
    Map<String, String> expressionAttributeNames) {

  /** Checks the read against DynamoDB's rules (see the class comment). */
  public TransactGetItem {
    Require.tableNameOrArn("TableName", tableName);
    Require.present("Key", key, "give the item's primary key, such as Key.of(\"id\", 1)");
    Require.expression("ProjectionExpression", projectionExpression);
    expressionAttributeNames = Require.map("ExpressionAttributeNames", expressionAttributeNames);
    Expressions.check(
        expressionAttributeNames, Map.of(), "ProjectionExpression", projectionExpression);
  }

  /** A read of the whole item with {@code key} from {@code tableName}. */
  public static TransactGetItem of(String tableName, Key key) {
    return builder().table(tableName).key(key).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransactGetItem}. Not thread-safe. */
  public static final class Builder {
    private final ExpressionParts parts = new ExpressionParts();
    private String tableName;
    private Key key;
    private Object[] keyPairs;

    private Builder() {}

    /** The table's name or ARN ({@code TableName}). */
    public Builder table(String tableName) {
      this.tableName = tableName;
      return this;
    }

    /** The item's primary key ({@code Key}). */
    public Builder key(Key key) {
      this.key = key;
      this.keyPairs = null;
      return this;
    }

    /**
     * The item's primary key from alternating attribute names and plain Java values, encoded with
     * {@link #codecs}: {@code key("user/id", 1, "user/name", "Ivan")}.
     */
    public Builder key(Object... namesAndValues) {
      this.keyPairs = Require.present("Key", namesAndValues, "give names and values");
      this.key = null;
      return this;
    }

    /**
     * Returns only these attributes or nested paths: path text such as {@code bar.baz[1]} or {@code
     * user/id}, or {@link Path}s. Names that need it are aliased; {@code #aliases} are yours to
     * declare in {@link #names}.
     */
    public Builder project(Object... paths) {
      parts.project(paths);
      return this;
    }

    /** A raw {@code ProjectionExpression}; paths given to {@link #project} are appended. */
    public Builder projectionExpression(String projectionExpression) {
      parts.projectionExpression(projectionExpression);
      return this;
    }

    /** Adds aliases ({@code #alias -> attribute name}) used in the projection. */
    public Builder names(Map<String, String> names) {
      parts.names(names);
      return this;
    }

    /** Adds one alias. */
    public Builder name(String alias, String attributeName) {
      parts.name(alias, attributeName);
      return this;
    }

    /** The registry {@link #key(Object...)} encodes with (default the defaults). */
    public Builder codecs(CodecRegistry codecs) {
      parts.codecs(codecs);
      return this;
    }

    /**
     * The read.
     *
     * @throws io.dynamo.api.InvalidRequestException naming the field and the rule it breaks
     */
    public TransactGetItem build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new TransactGetItem(
          tableName, Require.key(key, keyPairs, parts.codecs()), r.projection(), r.names());
    }
  }
}
