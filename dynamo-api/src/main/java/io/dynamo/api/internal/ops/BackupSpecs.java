package io.dynamo.api.internal.ops;

import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.BackupDescriptionJson;
import io.dynamo.api.internal.json.BackupDetailsJson;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.BackupDescription;
import io.dynamo.api.model.BackupDetails;
import io.dynamo.api.model.CreateBackupRequest;
import io.dynamo.api.model.CreateBackupResponse;
import io.dynamo.api.model.DescribeBackupRequest;
import io.dynamo.api.model.DescribeBackupResponse;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;

/** CreateBackup and DescribeBackup over the wire. */
final class BackupSpecs {
  private BackupSpecs() {}

  /** CreateBackup. */
  static final class Create implements OperationSpec<CreateBackupRequest, CreateBackupResponse> {
    @Override
    public Operation operation() {
      return Operation.CREATE_BACKUP;
    }

    @Override
    public byte[] write(CreateBackupRequest r) throws IOException {
      return Writes.object(
          g -> {
            g.writeStringField("TableName", r.tableName());
            g.writeStringField("BackupName", r.backupName());
          });
    }

    @Override
    public CreateBackupResponse read(byte[] body, CodecRegistry registry) throws IOException {
      return Reads.parse(
          body,
          r -> {
            BackupDetails[] out = new BackupDetails[1];
            Reads.object(
                r.parser(),
                f -> {
                  if (!f.equals("BackupDetails")) {
                    return false;
                  }
                  out[0] = BackupDetailsJson.read(r, null);
                  return true;
                });
            return new CreateBackupResponse(out[0]);
          });
    }
  }

  /** DescribeBackup. */
  static final class Describe
      implements OperationSpec<DescribeBackupRequest, DescribeBackupResponse> {
    @Override
    public Operation operation() {
      return Operation.DESCRIBE_BACKUP;
    }

    @Override
    public byte[] write(DescribeBackupRequest r) throws IOException {
      return Writes.object(g -> g.writeStringField("BackupArn", r.backupArn()));
    }

    @Override
    public DescribeBackupResponse read(byte[] body, CodecRegistry registry) throws IOException {
      return Reads.parse(
          body,
          r -> {
            BackupDescription[] out = new BackupDescription[1];
            Reads.object(
                r.parser(),
                f -> {
                  if (!f.equals("BackupDescription")) {
                    return false;
                  }
                  out[0] = BackupDescriptionJson.read(r, null);
                  return true;
                });
            return new DescribeBackupResponse(out[0]);
          });
    }
  }
}
