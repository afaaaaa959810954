// Builder mixin of reads that can return only some attributes.

  /**
   * Returns only these attributes or nested paths: path text such as {@code bar.baz[1]} or {@code
   * user/id}, or {@link io.dynamo.api.expr.Path}s, appended to any {@code ProjectionExpression}
   * given. Names that need it are aliased.
   */
  public Builder project(Object... paths) {
    parts.project(paths);
    return this;
  }
