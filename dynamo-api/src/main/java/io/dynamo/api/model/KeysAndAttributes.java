package io.dynamo.api.model;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.internal.ops.ExpressionParts;
import io.dynamo.api.internal.ops.Expressions;
import io.dynamo.api.internal.ops.Require;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys to read from one table in a {@link BatchGetItemRequest}, and how: consistency and
 * projection. Checked when made: 1 to 100 distinct keys, aliases used by the projection. Immutable
 * and thread-safe.
 *
 * @param keys the primary keys of the items, in order
 * @param consistentRead {@code true} for strongly consistent reads, or {@code null}
 * @param projectionExpression the attributes to return, or {@code null} for all
 * @param expressionAttributeNames aliases used in the projection, in order
 */
public record KeysAndAttributes(
    List<Key> keys,
    Boolean consistentRead,
    String projectionExpression,
    Map<String, String> expressionAttributeNames) {

  /** Most keys in one BatchGetItem request. */
  public static final int MAX_KEYS = 100;

  /** Checks the keys and the projection. */
  public KeysAndAttributes {
    keys = Require.list("Keys", keys);
    if (keys.isEmpty() || keys.size() > MAX_KEYS) {
      throw new InvalidRequestException(
          "Keys", "has " + keys.size() + " keys; BatchGetItem reads 1 to " + MAX_KEYS + " keys");
    }
    Set<Key> seen = new HashSet<>();
    for (Key k : keys) {
      if (!seen.add(k)) {
        throw new InvalidRequestException(
            "Keys", "has key " + k + " twice; DynamoDB rejects duplicate keys in a batch");
      }
    }
    Require.expression("ProjectionExpression", projectionExpression);
    expressionAttributeNames = Require.map("ExpressionAttributeNames", expressionAttributeNames);
    Expressions.check(
        expressionAttributeNames, Map.of(), "ProjectionExpression", projectionExpression);
  }

  /** The whole items with these keys. */
  public static KeysAndAttributes of(Key... keys) {
    return builder().keys(keys).build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these fields; keys and projection paths given to it are added. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.keys.addAll(keys);
    b.consistentRead = consistentRead;
    b.parts.seed(projectionExpression, expressionAttributeNames, Map.of());
    return b;
  }

  /** Builds {@link KeysAndAttributes}. Not thread-safe. */
  public static final class Builder {
    private final ExpressionParts parts = new ExpressionParts();
    private final List<Key> keys = new ArrayList<>();
    private Boolean consistentRead;

    private Builder() {}

    /** Adds keys. */
    public Builder keys(Key... keys) {
      return keys(Arrays.asList(Require.present("Keys", keys, "keys are null")));
    }

    /** Adds keys. */
    public Builder keys(Collection<Key> keys) {
      this.keys.addAll(Require.present("Keys", keys, "keys are null"));
      return this;
    }

    /** Whether reads are strongly consistent. */
    public Builder consistentRead(boolean consistentRead) {
      this.consistentRead = consistentRead;
      return this;
    }

    /**
     * Returns only these attributes or nested paths (see {@link GetItemRequest.Builder#project}).
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

    /**
     * The keys and attributes.
     *
     * @throws InvalidRequestException naming the field and the rule it breaks
     */
    public KeysAndAttributes build() {
      ExpressionParts.Rendered r = parts.render(null);
      return new KeysAndAttributes(keys, consistentRead, r.projection(), r.names());
    }
  }
}
