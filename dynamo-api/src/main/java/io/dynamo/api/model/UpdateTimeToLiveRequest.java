package io.dynamo.api.model;

import io.dynamo.api.internal.ops.Require;

/**
 * A request to turn time to live on or off for a table. Immutable and thread-safe.
 *
 * <pre>{@code
 * db.updateTimeToLive(UpdateTimeToLiveRequest.of("sessions", TimeToLiveSpecification.enabled("expires")));
 * }</pre>
 *
 * @param tableName the table's name or ARN
 * @param timeToLiveSpecification the setting
 */
public record UpdateTimeToLiveRequest(
    String tableName, TimeToLiveSpecification timeToLiveSpecification) {

  /** Checks the table name and that the setting is given. */
  public UpdateTimeToLiveRequest {
    Require.tableNameOrArn("TableName", tableName);
    Require.present(
        "TimeToLiveSpecification",
        timeToLiveSpecification,
        "give TimeToLiveSpecification.enabled(attribute) or disabled(attribute)");
  }

  /** The request for table {@code tableName}. */
  public static UpdateTimeToLiveRequest of(String tableName, TimeToLiveSpecification spec) {
    return new UpdateTimeToLiveRequest(tableName, spec);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    return new Builder().table(tableName).specification(timeToLiveSpecification);
  }

  /** Builds an {@link UpdateTimeToLiveRequest}. Not thread-safe. */
  public static final class Builder {
    private String tableName;
    private TimeToLiveSpecification spec;

    private Builder() {}

    /** The table's name or ARN. */
    public Builder table(String tableName) {
      this.tableName = tableName;
      return this;
    }

    /** Items expire at the epoch second held in number attribute {@code attributeName}. */
    public Builder enable(String attributeName) {
      this.spec = TimeToLiveSpecification.enabled(attributeName);
      return this;
    }

    /** Items stop expiring; {@code attributeName} is the attribute TTL is on now. */
    public Builder disable(String attributeName) {
      this.spec = TimeToLiveSpecification.disabled(attributeName);
      return this;
    }

    /** The setting. */
    public Builder specification(TimeToLiveSpecification spec) {
      this.spec = spec;
      return this;
    }

    /**
     * The request.
     *
     * @throws io.dynamo.api.InvalidRequestException naming the field and the rule it breaks
     */
    public UpdateTimeToLiveRequest build() {
      return new UpdateTimeToLiveRequest(tableName, spec);
    }
  }
}
