// Members written by hand, spliced into the generated BatchWriteItemRequest.

  /** Most writes in one BatchWriteItem request. */
  public static final int MAX_WRITES = 25;
