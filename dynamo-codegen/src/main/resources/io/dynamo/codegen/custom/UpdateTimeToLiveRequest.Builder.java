// Members written by hand, spliced into the generated UpdateTimeToLiveRequest.Builder.

  /** Items expire at the epoch second held in number attribute {@code attributeName}. */
  public Builder enable(String attributeName) {
    this.timeToLiveSpecification = TimeToLiveSpecification.enabled(attributeName);
    return this;
  }

  /** Items stop expiring; {@code attributeName} is the attribute time to live is on now. */
  public Builder disable(String attributeName) {
    this.timeToLiveSpecification = TimeToLiveSpecification.disabled(attributeName);
    return this;
  }
