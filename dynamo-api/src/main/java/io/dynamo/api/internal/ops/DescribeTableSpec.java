package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.DescribeTableRequest;
import io.dynamo.api.model.DescribeTableResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** DescribeTable over the wire. */
final class DescribeTableSpec
    implements OperationSpec<DescribeTableRequest, DescribeTableResponse> {

  @Override
  public Operation operation() {
    return Operation.DESCRIBE_TABLE;
  }

  @Override
  public byte[] write(DescribeTableRequest r) throws IOException {
    return Writes.object(g -> g.writeStringField("TableName", r.tableName()));
  }

  @Override
  public DescribeTableResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return new DescribeTableResponse(TableJson.description(body, "Table"));
  }
}
