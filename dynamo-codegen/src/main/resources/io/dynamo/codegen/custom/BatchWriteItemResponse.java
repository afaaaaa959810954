// Members written by hand, spliced into the generated BatchWriteItemResponse.

  /** Whether some writes were not made and should be sent again. */
  public boolean hasUnprocessedItems() {
    return !unprocessedItems.isEmpty();
  }
