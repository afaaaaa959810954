package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;
import java.util.List;

/** ListTables over the wire. */
final class ListTablesSpec implements OperationSpec<ListTablesRequest, ListTablesResponse> {

  @Override
  public Operation operation() {
    return Operation.LIST_TABLES;
  }

  @Override
  public byte[] write(ListTablesRequest r) throws IOException {
    return Writes.object(
        g -> {
          Writes.string(g, "ExclusiveStartTableName", r.exclusiveStartTableName());
          Writes.number(g, "Limit", r.limit());
        });
  }

  @Override
  public ListTablesResponse read(byte[] body, CodecRegistry registry) throws IOException {
    return Reads.parse(
        body,
        r -> {
          JsonParser p = r.parser();
          List<?>[] names = new List<?>[1];
          String[] last = new String[1];
          Reads.object(
              p,
              f -> {
                switch (f) {
                  case "TableNames" -> names[0] = Reads.strings(p);
                  case "LastEvaluatedTableName" -> last[0] = Reads.string(p);
                  default -> {
                    return false;
                  }
                }
                return true;
              });
          @SuppressWarnings("unchecked")
          List<String> tableNames = (List<String>) names[0];
          return new ListTablesResponse(tableNames, last[0]);
        });
  }
}
