// Members written by hand, spliced into the generated ScanRequest.

  /** This request for the page that starts after {@code exclusiveStartKey}. */
  public ScanRequest withExclusiveStartKey(Key exclusiveStartKey) {
    return toBuilder().exclusiveStartKey(exclusiveStartKey).build();
  }
