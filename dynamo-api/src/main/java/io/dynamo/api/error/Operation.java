package io.dynamo.api.error;

import io.dynamo.api.DynamoClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An operation of the DynamoDB API (version 2012-08-10): one of the 58 of its service model, held
 * as constants, or one the model does not know yet, made with {@link #named(String)}.
 *
 * <p>Each one can be called with {@link DynamoClient#apiCall(Operation, String)}; the ones of the
 * model also have typed methods on the client. {@link #target()} is the {@code X-Amz-Target} header
 * value. Two operations are equal when their names are; the constants are the only instances of the
 * model's names, so {@code ==} works for them.
 */
public final class Operation implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Operation> BY_NAME = new LinkedHashMap<>();

  /** {@code BatchExecuteStatement}. */
  public static final Operation BATCH_EXECUTE_STATEMENT = known("BatchExecuteStatement");

  /** {@code BatchGetItem}. */
  public static final Operation BATCH_GET_ITEM = known("BatchGetItem");

  /** {@code BatchWriteItem}. */
  public static final Operation BATCH_WRITE_ITEM = known("BatchWriteItem");

  /** {@code CreateBackup}. */
  public static final Operation CREATE_BACKUP = known("CreateBackup");

  /** {@code CreateGlobalTable}. */
  public static final Operation CREATE_GLOBAL_TABLE = known("CreateGlobalTable");

  /** {@code CreateTable}. */
  public static final Operation CREATE_TABLE = known("CreateTable");

  /** {@code DeleteBackup}. */
  public static final Operation DELETE_BACKUP = known("DeleteBackup");

  /** {@code DeleteItem}. */
  public static final Operation DELETE_ITEM = known("DeleteItem");

  /** {@code DeleteResourcePolicy}. */
  public static final Operation DELETE_RESOURCE_POLICY = known("DeleteResourcePolicy");

  /** {@code DeleteTable}. */
  public static final Operation DELETE_TABLE = known("DeleteTable");

  /** {@code DescribeBackup}. */
  public static final Operation DESCRIBE_BACKUP = known("DescribeBackup");

  /** {@code DescribeContinuousBackups}. */
  public static final Operation DESCRIBE_CONTINUOUS_BACKUPS = known("DescribeContinuousBackups");

  /** {@code DescribeContributorInsights}. */
  public static final Operation DESCRIBE_CONTRIBUTOR_INSIGHTS =
      known("DescribeContributorInsights");

  /** {@code DescribeEndpoints}. */
  public static final Operation DESCRIBE_ENDPOINTS = known("DescribeEndpoints");

  /** {@code DescribeExport}. */
  public static final Operation DESCRIBE_EXPORT = known("DescribeExport");

  /** {@code DescribeGlobalTable}. */
  public static final Operation DESCRIBE_GLOBAL_TABLE = known("DescribeGlobalTable");

  /** {@code DescribeGlobalTableSettings}. */
  public static final Operation DESCRIBE_GLOBAL_TABLE_SETTINGS =
      known("DescribeGlobalTableSettings");

  /** {@code DescribeImport}. */
  public static final Operation DESCRIBE_IMPORT = known("DescribeImport");

  /** {@code DescribeKinesisStreamingDestination}. */
  public static final Operation DESCRIBE_KINESIS_STREAMING_DESTINATION =
      known("DescribeKinesisStreamingDestination");

  /** {@code DescribeLimits}. */
  public static final Operation DESCRIBE_LIMITS = known("DescribeLimits");

  /** {@code DescribeTable}. */
  public static final Operation DESCRIBE_TABLE = known("DescribeTable");

  /** {@code DescribeTableReplicaAutoScaling}. */
  public static final Operation DESCRIBE_TABLE_REPLICA_AUTO_SCALING =
      known("DescribeTableReplicaAutoScaling");

  /** {@code DescribeTimeToLive}. */
  public static final Operation DESCRIBE_TIME_TO_LIVE = known("DescribeTimeToLive");

  /** {@code DisableKinesisStreamingDestination}. */
  public static final Operation DISABLE_KINESIS_STREAMING_DESTINATION =
      known("DisableKinesisStreamingDestination");

  /** {@code EnableKinesisStreamingDestination}. */
  public static final Operation ENABLE_KINESIS_STREAMING_DESTINATION =
      known("EnableKinesisStreamingDestination");

  /** {@code ExecuteStatement}. */
  public static final Operation EXECUTE_STATEMENT = known("ExecuteStatement");

  /** {@code ExecuteTransaction}. */
  public static final Operation EXECUTE_TRANSACTION = known("ExecuteTransaction");

  /** {@code ExportTableToPointInTime}. */
  public static final Operation EXPORT_TABLE_TO_POINT_IN_TIME = known("ExportTableToPointInTime");

  /** {@code GetItem}. */
  public static final Operation GET_ITEM = known("GetItem");

  /** {@code GetResourcePolicy}. */
  public static final Operation GET_RESOURCE_POLICY = known("GetResourcePolicy");

  /** {@code ImportTable}. */
  public static final Operation IMPORT_TABLE = known("ImportTable");

  /** {@code ListBackups}. */
  public static final Operation LIST_BACKUPS = known("ListBackups");

  /** {@code ListContributorInsights}. */
  public static final Operation LIST_CONTRIBUTOR_INSIGHTS = known("ListContributorInsights");

  /** {@code ListExports}. */
  public static final Operation LIST_EXPORTS = known("ListExports");

  /** {@code ListGlobalTables}. */
  public static final Operation LIST_GLOBAL_TABLES = known("ListGlobalTables");

  /** {@code ListImports}. */
  public static final Operation LIST_IMPORTS = known("ListImports");

  /** {@code ListTables}. */
  public static final Operation LIST_TABLES = known("ListTables");

  /** {@code ListTagsOfResource}. */
  public static final Operation LIST_TAGS_OF_RESOURCE = known("ListTagsOfResource");

  /** {@code PutItem}. */
  public static final Operation PUT_ITEM = known("PutItem");

  /** {@code PutResourcePolicy}. */
  public static final Operation PUT_RESOURCE_POLICY = known("PutResourcePolicy");

  /** {@code Query}. */
  public static final Operation QUERY = known("Query");

  /** {@code RestoreTableFromBackup}. */
  public static final Operation RESTORE_TABLE_FROM_BACKUP = known("RestoreTableFromBackup");

  /** {@code RestoreTableToPointInTime}. */
  public static final Operation RESTORE_TABLE_TO_POINT_IN_TIME = known("RestoreTableToPointInTime");

  /** {@code Scan}. */
  public static final Operation SCAN = known("Scan");

  /** {@code SearchVectors}. */
  public static final Operation SEARCH_VECTORS = known("SearchVectors");

  /** {@code TagResource}. */
  public static final Operation TAG_RESOURCE = known("TagResource");

  /** {@code TransactGetItems}. */
  public static final Operation TRANSACT_GET_ITEMS = known("TransactGetItems");

  /** {@code TransactWriteItems}. */
  public static final Operation TRANSACT_WRITE_ITEMS = known("TransactWriteItems");

  /** {@code UntagResource}. */
  public static final Operation UNTAG_RESOURCE = known("UntagResource");

  /** {@code UpdateContinuousBackups}. */
  public static final Operation UPDATE_CONTINUOUS_BACKUPS = known("UpdateContinuousBackups");

  /** {@code UpdateContributorInsights}. */
  public static final Operation UPDATE_CONTRIBUTOR_INSIGHTS = known("UpdateContributorInsights");

  /** {@code UpdateGlobalTable}. */
  public static final Operation UPDATE_GLOBAL_TABLE = known("UpdateGlobalTable");

  /** {@code UpdateGlobalTableSettings}. */
  public static final Operation UPDATE_GLOBAL_TABLE_SETTINGS = known("UpdateGlobalTableSettings");

  /** {@code UpdateItem}. */
  public static final Operation UPDATE_ITEM = known("UpdateItem");

  /** {@code UpdateKinesisStreamingDestination}. */
  public static final Operation UPDATE_KINESIS_STREAMING_DESTINATION =
      known("UpdateKinesisStreamingDestination");

  /** {@code UpdateTable}. */
  public static final Operation UPDATE_TABLE = known("UpdateTable");

  /** {@code UpdateTableReplicaAutoScaling}. */
  public static final Operation UPDATE_TABLE_REPLICA_AUTO_SCALING =
      known("UpdateTableReplicaAutoScaling");

  /** {@code UpdateTimeToLive}. */
  public static final Operation UPDATE_TIME_TO_LIVE = known("UpdateTimeToLive");

  private static final List<Operation> KNOWN =
      Collections.unmodifiableList(new ArrayList<>(BY_NAME.values()));

  /** The prefix of every operation's {@code X-Amz-Target} header. */
  public static final String TARGET_PREFIX = "DynamoDB_20120810.";

  private final String operationName;
  private final String target;
  private final boolean known;

  private Operation(String operationName, boolean known) {
    this.operationName = operationName;
    this.target = TARGET_PREFIX + operationName;
    this.known = known;
  }

  private static Operation known(String name) {
    Operation op = new Operation(name, true);
    BY_NAME.put(name, op);
    return op;
  }

  /**
   * The operation called {@code name}: the model's constant when it is one of the 58, otherwise an
   * operation the model does not know yet (a newer DynamoDB API, or a compatible server's own),
   * which {@link DynamoClient#apiCall(Operation, String)} sends like any other.
   *
   * @throws InvalidRequestException if the name is not 1 to 128 ASCII letters and digits starting
   *     with a letter
   */
  public static Operation named(String name) {
    Operation op = name == null ? null : BY_NAME.get(name);
    if (op != null) {
      return op;
    }
    if (name == null || name.isEmpty() || name.length() > 128 || !isName(name)) {
      throw new InvalidRequestException(
          "operation",
          "an operation name is 1 to 128 ASCII letters and digits starting with a letter, such as"
              + " GetItem, but is "
              + (name == null ? "null" : "\"" + printable(name) + "\""));
    }
    return new Operation(name, false);
  }

  /** The model's operation with this API name, such as {@code GetItem}; empty for any other. */
  public static Optional<Operation> fromName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The 58 operations of the model, in alphabetical order. */
  public static List<Operation> values() {
    return KNOWN;
  }

  /** The operation's name as in the API, such as {@code GetItem}. */
  public String operationName() {
    return operationName;
  }

  /** The {@code X-Amz-Target} header value, such as {@code DynamoDB_20120810.GetItem}. */
  public String target() {
    return target;
  }

  /** Whether the operation is one of the model's 58. */
  public boolean isKnown() {
    return known;
  }

  /** A model operation read back from a stream is its constant again, so {@code ==} holds. */
  private Object readResolve() {
    Operation constant = BY_NAME.get(operationName);
    return constant != null ? constant : this;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Operation other && operationName.equals(other.operationName));
  }

  @Override
  public int hashCode() {
    return operationName.hashCode();
  }

  @Override
  public String toString() {
    return operationName;
  }

  private static boolean isName(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < 64; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return s.length() > 64 ? b.append("...").toString() : b.toString();
  }
}
