package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.DeleteTableRequest;
import io.dynamo.api.model.DeleteTableResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** DeleteTable over the wire. */
final class DeleteTableSpec implements OperationSpec<DeleteTableRequest, DeleteTableResponse> {

  @Override
  public Operation operation() {
    return Operation.DELETE_TABLE;
  }

  @Override
  public byte[] write(DeleteTableRequest r) throws IOException {
    return Writes.object(g -> g.writeStringField("TableName", r.tableName()));
  }

  @Override
  public DeleteTableResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return new DeleteTableResponse(TableJson.description(body, "TableDescription"));
  }
}
