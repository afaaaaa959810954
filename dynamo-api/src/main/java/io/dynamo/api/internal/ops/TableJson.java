package io.dynamo.api.internal.ops;

import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.TableDescriptionJson;
import io.dynamo.api.model.TableDescription;
import java.io.IOException;

/** Reads outputs that hold one table description. */
final class TableJson {
  private TableJson() {}

  /** The table description under {@code field} of the body, or null if there is none. */
  static TableDescription description(byte[] body, String field) throws IOException {
    return Reads.parse(
        body,
        r -> {
          TableDescription[] table = new TableDescription[1];
          Reads.object(
              r.parser(),
              f -> {
                if (!f.equals(field)) {
                  return false;
                }
                table[0] = TableDescriptionJson.read(r, null);
                return true;
              });
          return table[0];
        });
  }
}
