// Members written by hand, spliced into the generated QueryResponse.

  /** Whether more pages follow this one ({@code LastEvaluatedKey} is set). */
  public boolean hasMorePages() {
    return lastEvaluatedKey != null;
  }
