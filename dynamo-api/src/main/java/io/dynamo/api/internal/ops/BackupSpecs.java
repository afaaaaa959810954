package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.Operation;
import io.dynamo.api.model.BackupDescription;
import io.dynamo.api.model.BackupDetails;
import io.dynamo.api.model.CreateBackupRequest;
import io.dynamo.api.model.CreateBackupResponse;
import io.dynamo.api.model.DescribeBackupRequest;
import io.dynamo.api.model.DescribeBackupResponse;
import io.dynamo.api.model.SourceTableDetails;
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
                  out[0] = BackupReads.details(r.parser());
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
                  out[0] = description(r.parser());
                  return true;
                });
            return new DescribeBackupResponse(out[0]);
          });
    }
  }

  private static BackupDescription description(JsonParser p) throws IOException {
    BackupDetails[] details = new BackupDetails[1];
    SourceTableDetails[] source = new SourceTableDetails[1];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "BackupDetails" -> details[0] = BackupReads.details(p);
            case "SourceTableDetails" -> source[0] = BackupReads.source(p);
            default -> {
              return false;
            }
          }
          return true;
        });
    return new BackupDescription(details[0], source[0]);
  }
}
