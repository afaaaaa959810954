// Members written by hand, spliced into the generated ProvisionedThroughput.

  /** {@code read} read and {@code write} write capacity units. */
  public static ProvisionedThroughput of(long read, long write) {
    return new ProvisionedThroughput(read, write);
  }
