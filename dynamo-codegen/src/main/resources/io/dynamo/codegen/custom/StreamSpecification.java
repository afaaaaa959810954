// Members written by hand, spliced into the generated StreamSpecification.

  /** A stream whose records hold {@code viewType}. */
  public static StreamSpecification of(StreamViewType viewType) {
    return new StreamSpecification(true, viewType);
  }

  /** No stream. */
  public static StreamSpecification disabled() {
    return new StreamSpecification(false, null);
  }
