// Members written by hand, spliced into the generated QueryRequest.

  /** This request for the page that starts after {@code exclusiveStartKey}. */
  public QueryRequest withExclusiveStartKey(Key exclusiveStartKey) {
    return toBuilder().exclusiveStartKey(exclusiveStartKey).build();
  }
