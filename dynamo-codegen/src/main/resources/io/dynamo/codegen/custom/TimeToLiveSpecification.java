// Members written by hand, spliced into the generated TimeToLiveSpecification.

  /** Time to live on, with expiry times (epoch seconds) in {@code attributeName}. */
  public static TimeToLiveSpecification enabled(String attributeName) {
    return new TimeToLiveSpecification(true, attributeName);
  }

  /** Time to live off for {@code attributeName}. */
  public static TimeToLiveSpecification disabled(String attributeName) {
    return new TimeToLiveSpecification(false, attributeName);
  }
