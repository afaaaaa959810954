// Members written by hand, spliced into the generated Tag.

  /** The tag {@code key} with {@code value}. */
  public static Tag of(String key, String value) {
    return new Tag(key, value);
  }
