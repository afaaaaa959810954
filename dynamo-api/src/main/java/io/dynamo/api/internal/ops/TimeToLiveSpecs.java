package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.TimeToLiveDescriptionJson;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.DescribeTimeToLiveRequest;
import io.dynamo.api.model.DescribeTimeToLiveResponse;
import io.dynamo.api.model.TimeToLiveDescription;
import io.dynamo.api.model.TimeToLiveSpecification;
import io.dynamo.api.model.UpdateTimeToLiveRequest;
import io.dynamo.api.model.UpdateTimeToLiveResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** DescribeTimeToLive and UpdateTimeToLive over the wire. */
final class TimeToLiveSpecs {
  private TimeToLiveSpecs() {}

  /** DescribeTimeToLive. */
  static final class Describe
      implements OperationSpec<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse> {
    @Override
    public Operation operation() {
      return Operation.DESCRIBE_TIME_TO_LIVE;
    }

    @Override
    public byte[] write(DescribeTimeToLiveRequest r) throws IOException {
      return Writes.object(g -> g.writeStringField("TableName", r.tableName()));
    }

    @Override
    public DescribeTimeToLiveResponse read(byte[] body, CodecRegistry registry) throws IOException {
      return Reads.parse(
          body,
          r -> {
            TimeToLiveDescription[] out = new TimeToLiveDescription[1];
            Reads.object(
                r.parser(),
                f -> {
                  if (!f.equals("TimeToLiveDescription")) {
                    return false;
                  }
                  out[0] = TimeToLiveDescriptionJson.read(r, null);
                  return true;
                });
            return new DescribeTimeToLiveResponse(out[0]);
          });
    }
  }

  /** UpdateTimeToLive. */
  static final class Update
      implements OperationSpec<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse> {
    @Override
    public Operation operation() {
      return Operation.UPDATE_TIME_TO_LIVE;
    }

    @Override
    public byte[] write(UpdateTimeToLiveRequest r) throws IOException {
      return Writes.object(
          g -> {
            g.writeStringField("TableName", r.tableName());
            g.writeObjectFieldStart("TimeToLiveSpecification");
            g.writeBooleanField("Enabled", r.timeToLiveSpecification().enabled());
            g.writeStringField("AttributeName", r.timeToLiveSpecification().attributeName());
            g.writeEndObject();
          });
    }

    @Override
    public UpdateTimeToLiveResponse read(byte[] body, CodecRegistry registry) throws IOException {
      return Reads.parse(
          body,
          r -> {
            TimeToLiveSpecification[] out = new TimeToLiveSpecification[1];
            Reads.object(
                r.parser(),
                f -> {
                  if (!f.equals("TimeToLiveSpecification")) {
                    return false;
                  }
                  out[0] = specification(r.parser());
                  return true;
                });
            return new UpdateTimeToLiveResponse(out[0]);
          });
    }
  }

  private static TimeToLiveSpecification specification(JsonParser p) throws IOException {
    boolean[] enabled = new boolean[1];
    String[] name = new String[1];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "Enabled" -> enabled[0] = Reads.bool(p);
            case "AttributeName" -> name[0] = Reads.string(p);
            default -> {
              return false;
            }
          }
          return true;
        });
    return name[0] == null ? null : new TimeToLiveSpecification(enabled[0], name[0]);
  }
}
