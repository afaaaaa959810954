// Members written by hand, spliced into the generated ListTablesRequest.Builder.

  /** Lists tables whose names come after {@code tableName} ({@code ExclusiveStartTableName}). */
  public Builder startTable(String tableName) {
    this.exclusiveStartTableName = tableName;
    return this;
  }
