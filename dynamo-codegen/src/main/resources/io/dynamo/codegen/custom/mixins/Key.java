// Builder mixin of requests for one item by its key.
import io.dynamo.api.internal.build.Require;

  private Object[] keyPairs;

  /** The item's primary key ({@code Key}). */
  public Builder key(Key key) {
    this.key = key;
    this.keyPairs = null;
    return this;
  }

  /**
   * The item's primary key from alternating attribute names and plain Java values, encoded with
   * {@link #codecs}: {@code key("user/id", 1, "user/name", "Ivan")}.
   */
  public Builder key(Object... namesAndValues) {
    this.keyPairs = Require.present("Key", namesAndValues, "give names and values");
    this.key = null;
    return this;
  }
