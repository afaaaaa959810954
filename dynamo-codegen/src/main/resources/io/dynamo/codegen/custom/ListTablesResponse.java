// Members written by hand, spliced into the generated ListTablesResponse.

  /** Whether more tables follow this page. */
  public boolean hasMorePages() {
    return lastEvaluatedTableName != null;
  }
