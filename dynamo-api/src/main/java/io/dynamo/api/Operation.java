package io.dynamo.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 58 operations of the DynamoDB API (version 2012-08-10), as named in its service model.
 *
 * <p>Each one can be called with {@link DynamoClient#apiCall(Operation, String)}; the common ones
 * also have typed methods on the client. {@link #target()} is the {@code X-Amz-Target} header
 * value.
 */
public enum Operation {
  /** {@code BatchExecuteStatement}. */
  BATCH_EXECUTE_STATEMENT("BatchExecuteStatement"),
  /** {@code BatchGetItem}. */
  BATCH_GET_ITEM("BatchGetItem"),
  /** {@code BatchWriteItem}. */
  BATCH_WRITE_ITEM("BatchWriteItem"),
  /** {@code CreateBackup}. */
  CREATE_BACKUP("CreateBackup"),
  /** {@code CreateGlobalTable}. */
  CREATE_GLOBAL_TABLE("CreateGlobalTable"),
  /** {@code CreateTable}. */
  CREATE_TABLE("CreateTable"),
  /** {@code DeleteBackup}. */
  DELETE_BACKUP("DeleteBackup"),
  /** {@code DeleteItem}. */
  DELETE_ITEM("DeleteItem"),
  /** {@code DeleteResourcePolicy}. */
  DELETE_RESOURCE_POLICY("DeleteResourcePolicy"),
  /** {@code DeleteTable}. */
  DELETE_TABLE("DeleteTable"),
  /** {@code DescribeBackup}. */
  DESCRIBE_BACKUP("DescribeBackup"),
  /** {@code DescribeContinuousBackups}. */
  DESCRIBE_CONTINUOUS_BACKUPS("DescribeContinuousBackups"),
  /** {@code DescribeContributorInsights}. */
  DESCRIBE_CONTRIBUTOR_INSIGHTS("DescribeContributorInsights"),
  /** {@code DescribeEndpoints}. */
  DESCRIBE_ENDPOINTS("DescribeEndpoints"),
  /** {@code DescribeExport}. */
  DESCRIBE_EXPORT("DescribeExport"),
  /** {@code DescribeGlobalTable}. */
  DESCRIBE_GLOBAL_TABLE("DescribeGlobalTable"),
  /** {@code DescribeGlobalTableSettings}. */
  DESCRIBE_GLOBAL_TABLE_SETTINGS("DescribeGlobalTableSettings"),
  /** {@code DescribeImport}. */
  DESCRIBE_IMPORT("DescribeImport"),
  /** {@code DescribeKinesisStreamingDestination}. */
  DESCRIBE_KINESIS_STREAMING_DESTINATION("DescribeKinesisStreamingDestination"),
  /** {@code DescribeLimits}. */
  DESCRIBE_LIMITS("DescribeLimits"),
  /** {@code DescribeTable}. */
  DESCRIBE_TABLE("DescribeTable"),
  /** {@code DescribeTableReplicaAutoScaling}. */
  DESCRIBE_TABLE_REPLICA_AUTO_SCALING("DescribeTableReplicaAutoScaling"),
  /** {@code DescribeTimeToLive}. */
  DESCRIBE_TIME_TO_LIVE("DescribeTimeToLive"),
  /** {@code DisableKinesisStreamingDestination}. */
  DISABLE_KINESIS_STREAMING_DESTINATION("DisableKinesisStreamingDestination"),
  /** {@code EnableKinesisStreamingDestination}. */
  ENABLE_KINESIS_STREAMING_DESTINATION("EnableKinesisStreamingDestination"),
  /** {@code ExecuteStatement}. */
  EXECUTE_STATEMENT("ExecuteStatement"),
  /** {@code ExecuteTransaction}. */
  EXECUTE_TRANSACTION("ExecuteTransaction"),
  /** {@code ExportTableToPointInTime}. */
  EXPORT_TABLE_TO_POINT_IN_TIME("ExportTableToPointInTime"),
  /** {@code GetItem}. */
  GET_ITEM("GetItem"),
  /** {@code GetResourcePolicy}. */
  GET_RESOURCE_POLICY("GetResourcePolicy"),
  /** {@code ImportTable}. */
  IMPORT_TABLE("ImportTable"),
  /** {@code ListBackups}. */
  LIST_BACKUPS("ListBackups"),
  /** {@code ListContributorInsights}. */
  LIST_CONTRIBUTOR_INSIGHTS("ListContributorInsights"),
  /** {@code ListExports}. */
  LIST_EXPORTS("ListExports"),
  /** {@code ListGlobalTables}. */
  LIST_GLOBAL_TABLES("ListGlobalTables"),
  /** {@code ListImports}. */
  LIST_IMPORTS("ListImports"),
  /** {@code ListTables}. */
  LIST_TABLES("ListTables"),
  /** {@code ListTagsOfResource}. */
  LIST_TAGS_OF_RESOURCE("ListTagsOfResource"),
  /** {@code PutItem}. */
  PUT_ITEM("PutItem"),
  /** {@code PutResourcePolicy}. */
  PUT_RESOURCE_POLICY("PutResourcePolicy"),
  /** {@code Query}. */
  QUERY("Query"),
  /** {@code RestoreTableFromBackup}. */
  RESTORE_TABLE_FROM_BACKUP("RestoreTableFromBackup"),
  /** {@code RestoreTableToPointInTime}. */
  RESTORE_TABLE_TO_POINT_IN_TIME("RestoreTableToPointInTime"),
  /** {@code Scan}. */
  SCAN("Scan"),
  /** {@code SearchVectors}. */
  SEARCH_VECTORS("SearchVectors"),
  /** {@code TagResource}. */
  TAG_RESOURCE("TagResource"),
  /** {@code TransactGetItems}. */
  TRANSACT_GET_ITEMS("TransactGetItems"),
  /** {@code TransactWriteItems}. */
  TRANSACT_WRITE_ITEMS("TransactWriteItems"),
  /** {@code UntagResource}. */
  UNTAG_RESOURCE("UntagResource"),
  /** {@code UpdateContinuousBackups}. */
  UPDATE_CONTINUOUS_BACKUPS("UpdateContinuousBackups"),
  /** {@code UpdateContributorInsights}. */
  UPDATE_CONTRIBUTOR_INSIGHTS("UpdateContributorInsights"),
  /** {@code UpdateGlobalTable}. */
  UPDATE_GLOBAL_TABLE("UpdateGlobalTable"),
  /** {@code UpdateGlobalTableSettings}. */
  UPDATE_GLOBAL_TABLE_SETTINGS("UpdateGlobalTableSettings"),
  /** {@code UpdateItem}. */
  UPDATE_ITEM("UpdateItem"),
  /** {@code UpdateKinesisStreamingDestination}. */
  UPDATE_KINESIS_STREAMING_DESTINATION("UpdateKinesisStreamingDestination"),
  /** {@code UpdateTable}. */
  UPDATE_TABLE("UpdateTable"),
  /** {@code UpdateTableReplicaAutoScaling}. */
  UPDATE_TABLE_REPLICA_AUTO_SCALING("UpdateTableReplicaAutoScaling"),
  /** {@code UpdateTimeToLive}. */
  UPDATE_TIME_TO_LIVE("UpdateTimeToLive");

  /** The prefix of every operation's {@code X-Amz-Target} header. */
  public static final String TARGET_PREFIX = "DynamoDB_20120810.";

  private static final Map<String, Operation> BY_NAME = new HashMap<>();

  static {
    for (Operation op : values()) {
      BY_NAME.put(op.operationName, op);
    }
  }

  private final String operationName;
  private final String target;

  Operation(String operationName) {
    this.operationName = operationName;
    this.target = TARGET_PREFIX + operationName;
  }

  /** The operation's name as in the API, such as {@code GetItem}. */
  public String operationName() {
    return operationName;
  }

  /** The {@code X-Amz-Target} header value, such as {@code DynamoDB_20120810.GetItem}. */
  public String target() {
    return target;
  }

  /** The operation with this API name, such as {@code GetItem}. */
  public static Optional<Operation> fromName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  @Override
  public String toString() {
    return operationName;
  }
}
