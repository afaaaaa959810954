package io.dynamo.api.internal.ops;

import io.dynamo.api.internal.json.GeneratedSpecs;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BatchWriteItemResponse;
import io.dynamo.api.model.CreateBackupRequest;
import io.dynamo.api.model.CreateBackupResponse;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.CreateTableResponse;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.DeleteItemResponse;
import io.dynamo.api.model.DeleteTableRequest;
import io.dynamo.api.model.DeleteTableResponse;
import io.dynamo.api.model.DescribeBackupRequest;
import io.dynamo.api.model.DescribeBackupResponse;
import io.dynamo.api.model.DescribeTableRequest;
import io.dynamo.api.model.DescribeTableResponse;
import io.dynamo.api.model.DescribeTimeToLiveRequest;
import io.dynamo.api.model.DescribeTimeToLiveResponse;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.api.model.ListTagsOfResourceRequest;
import io.dynamo.api.model.ListTagsOfResourceResponse;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.PutItemResponse;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactGetItemsResponse;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.TransactWriteItemsResponse;
import io.dynamo.api.model.UntagResourceRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateItemResponse;
import io.dynamo.api.model.UpdateTableRequest;
import io.dynamo.api.model.UpdateTableResponse;
import io.dynamo.api.model.UpdateTimeToLiveRequest;
import io.dynamo.api.model.UpdateTimeToLiveResponse;

/** The typed operations' wire formats, one {@link OperationSpec} each. All are stateless. */
public final class Specs {
  private Specs() {}

  /**
   * The wire format of a generated request's operation.
   *
   * @throws IllegalArgumentException if the operation is not one the generator writes
   */
  @SuppressWarnings("unchecked")
  public static <R> OperationSpec<DynamoRequest<R>, R> of(DynamoRequest<R> request) {
    OperationSpec<?, ?> spec = GeneratedSpecs.of(request.operation());
    if (spec == null) {
      throw new IllegalArgumentException(
          request.operation().operationName()
              + " has its own typed method; call it instead of send");
    }
    return (OperationSpec<DynamoRequest<R>, R>) spec;
  }

  /** CreateTable. */
  public static final OperationSpec<CreateTableRequest, CreateTableResponse> CREATE_TABLE =
      new CreateTableSpec();

  /** DeleteTable. */
  public static final OperationSpec<DeleteTableRequest, DeleteTableResponse> DELETE_TABLE =
      new DeleteTableSpec();

  /** DescribeTable. */
  public static final OperationSpec<DescribeTableRequest, DescribeTableResponse> DESCRIBE_TABLE =
      new DescribeTableSpec();

  /** UpdateTable. */
  public static final OperationSpec<UpdateTableRequest, UpdateTableResponse> UPDATE_TABLE =
      new UpdateTableSpec();

  /** ListTables. */
  public static final OperationSpec<ListTablesRequest, ListTablesResponse> LIST_TABLES =
      new ListTablesSpec();

  /** PutItem. */
  public static final OperationSpec<PutItemRequest, PutItemResponse> PUT_ITEM = new PutItemSpec();

  /** GetItem. */
  public static final OperationSpec<GetItemRequest, GetItemResponse> GET_ITEM = new GetItemSpec();

  /** UpdateItem. */
  public static final OperationSpec<UpdateItemRequest, UpdateItemResponse> UPDATE_ITEM =
      new UpdateItemSpec();

  /** DeleteItem. */
  public static final OperationSpec<DeleteItemRequest, DeleteItemResponse> DELETE_ITEM =
      new DeleteItemSpec();

  /** Query. */
  public static final OperationSpec<QueryRequest, QueryResponse> QUERY = new QuerySpec();

  /** Scan. */
  public static final OperationSpec<ScanRequest, ScanResponse> SCAN = new ScanSpec();

  /** BatchGetItem. */
  public static final OperationSpec<BatchGetItemRequest, BatchGetItemResponse> BATCH_GET_ITEM =
      new BatchGetItemSpec();

  /** BatchWriteItem. */
  public static final OperationSpec<BatchWriteItemRequest, BatchWriteItemResponse>
      BATCH_WRITE_ITEM = new BatchWriteItemSpec();

  /** TransactWriteItems. */
  public static final OperationSpec<TransactWriteItemsRequest, TransactWriteItemsResponse>
      TRANSACT_WRITE_ITEMS = new TransactWriteItemsSpec();

  /** TransactGetItems. */
  public static final OperationSpec<TransactGetItemsRequest, TransactGetItemsResponse>
      TRANSACT_GET_ITEMS = new TransactGetItemsSpec();

  /** TagResource. */
  public static final OperationSpec<TagResourceRequest, Void> TAG_RESOURCE =
      new TagSpecs.TagResource();

  /** UntagResource. */
  public static final OperationSpec<UntagResourceRequest, Void> UNTAG_RESOURCE =
      new TagSpecs.UntagResource();

  /** ListTagsOfResource. */
  public static final OperationSpec<ListTagsOfResourceRequest, ListTagsOfResourceResponse>
      LIST_TAGS_OF_RESOURCE = new TagSpecs.ListTags();

  /** CreateBackup. */
  public static final OperationSpec<CreateBackupRequest, CreateBackupResponse> CREATE_BACKUP =
      new BackupSpecs.Create();

  /** DescribeBackup. */
  public static final OperationSpec<DescribeBackupRequest, DescribeBackupResponse> DESCRIBE_BACKUP =
      new BackupSpecs.Describe();

  /** DescribeTimeToLive. */
  public static final OperationSpec<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse>
      DESCRIBE_TIME_TO_LIVE = new TimeToLiveSpecs.Describe();

  /** UpdateTimeToLive. */
  public static final OperationSpec<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse>
      UPDATE_TIME_TO_LIVE = new TimeToLiveSpecs.Update();
}
