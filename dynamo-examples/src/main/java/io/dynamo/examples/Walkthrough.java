package io.dynamo.examples;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Table;
import io.dynamo.api.call.ApiResult;
import io.dynamo.api.error.ConditionalCheckFailedException;
import io.dynamo.api.error.Operation;
import io.dynamo.api.expr.Expr;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.ListTablesRequest;
import io.dynamo.api.model.ListTablesResponse;
import io.dynamo.api.model.ListTagsOfResourceRequest;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.ScanResponse;
import io.dynamo.api.model.TableClass;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.testkit.Dynalite;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The walk-through of the README, one method per example. Each example's code sits between {@code
 * tag::name[]} and {@code end::name[]} markers; the README shows exactly that code (a test checks
 * it), and another test runs every method against dynalite and checks the results.
 */
public final class Walkthrough {
  private final DynamoClient db;

  /** A walk-through on this client. */
  public Walkthrough(DynamoClient db) {
    this.db = db;
  }

  /** Creates the {@code users} table. */
  public TableDescription createTable() {
    // tag::create-table[]
    db.createTable(
        CreateTableRequest.builder()
            .table("users")
            .hashKey("user/id", ScalarType.N)
            .rangeKey("user/name", ScalarType.S)
            .tags(Map.of("foo", "hello"))
            .tableClass(TableClass.STANDARD)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
    TableDescription table = db.waitUntilTableActive("users"); // on AWS this takes seconds
    // end::create-table[]
    return table;
  }

  /** Lists tables ten at a time: the first page and the next. */
  public List<ListTablesResponse> listTables() {
    // tag::list-tables[]
    ListTablesResponse resp1 = db.listTables(ListTablesRequest.builder().limit(10).build());
    String lastTable = resp1.lastEvaluatedTableName();
    ListTablesResponse resp2 =
        db.listTables(ListTablesRequest.builder().limit(10).startTable(lastTable).build());
    // end::list-tables[]
    return List.of(resp1, resp2);
  }

  /** Puts the first item. */
  public void putItem() {
    // tag::put-item[]
    db.putItem(
        PutItemRequest.builder()
            .table("users")
            .item(Item.of("user/id", 1, "user/name", "Ivan", "user/foo", 1))
            .returnValues(ReturnValue.NONE)
            .build());
    // end::put-item[]
  }

  /** Gets it back. */
  public Item getItem() {
    // tag::get-item[]
    Item user = db.getItem("users", Key.of("user/id", 1, "user/name", "Ivan")).item();
    // user: {"user/id":{"N":"1"},"user/name":{"S":"Ivan"},"user/foo":{"N":"1"}}
    long id = user.getLong("user/id");
    // end::get-item[]
    return id == 1 ? user : null;
  }

  /**
   * Puts with a condition twice: the first time {@code user/foo} is 1, so the item is replaced and
   * the old one returned; the replacement has no {@code user/foo}, so the second put fails.
   */
  public List<Object> conditionalPut() {
    // tag::conditional-put[]
    PutItemRequest put =
        PutItemRequest.builder()
            .table("users")
            .item(Item.of("user/id", 1, "user/name", "Ivan", "user/test", 3))
            .condition("#foo in (:one, :two, :three)")
            .names(Map.of("#foo", "user/foo"))
            .values(Map.of(":one", 1, ":two", 2, ":three", 3))
            .returnValues(ReturnValue.ALL_OLD)
            .build();
    Item old = db.putItem(put).attributes(); // user/foo was 1: replaced, the old item returned
    try {
      db.putItem(put); // now there is no user/foo: the condition is false
    } catch (ConditionalCheckFailedException e) {
      System.out.println(e.errorType() + ": " + e.errorMessage()); // The conditional request failed
    }
    // end::conditional-put[]
    return Arrays.asList(
        old, db.getItem("users", Key.of("user/id", 1, "user/name", "Ivan")).item());
  }

  /** Gets only some attributes and sub-attributes. */
  public Item getWithProjection() {
    // tag::get-projection[]
    db.putItem(
        "users",
        Item.of(
            "user/id",
            1,
            "user/name",
            "Ivan",
            "test/kek",
            "123",
            "test/foo",
            1,
            "test/counter",
            0,
            "abc",
            null,
            "foo",
            "lol",
            "bar",
            Map.of("baz", List.of(1, 2, 3))));

    Item item =
        db.getItem(
                GetItemRequest.builder()
                    .table("users")
                    .key(Key.of("user/id", 1, "user/name", "Ivan"))
                    .project("test/kek", "bar.baz[1]", "abc", "foo")
                    .build())
            .item();
    // item: {"test/kek":"123", "bar":{"baz":[2]}, "abc":null, "foo":"lol"} (as DynamoDB JSON)
    // end::get-projection[]
    return item;
  }

  /** Sets attributes: a plain name, a name that needs an alias, and a raw expression. */
  public Item updateSet() {
    // tag::update-set[]
    db.updateItem(
        UpdateItemRequest.builder()
            .table("users")
            .key(Key.of("user/id", 1, "user/name", "Ivan"))
            .names(Map.of("#counter", "test/counter"))
            .values(Map.of(":one", 1))
            .set("Foobar", 123)
            .set("user/email", "test@test.com")
            .set("#counter", Expr.raw("#counter + :one"))
            .build());
    // end::update-set[]
    return db.getItem("users", Key.of("user/id", 1, "user/name", "Ivan")).item();
  }

  /** Adds to a number and to a set. */
  public Item updateAdd() {
    // tag::update-add[]
    db.putItem(
        "users",
        Item.of("user/id", 1, "user/name", "Ivan", "amount", 3, "test/colors", Set.of("r", "g")));

    Item updated =
        db.updateItem(
                UpdateItemRequest.builder()
                    .table("users")
                    .key(Key.of("user/id", 1, "user/name", "Ivan"))
                    .add("amount", 1)
                    .add("test/colors", Set.of("b"))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build())
            .attributes();
    // updated: amount 4, test/colors {"r", "g", "b"}
    // end::update-add[]
    return updated;
  }

  /** Removes attributes, by alias, by name, and list elements by index. */
  public List<Item> updateRemove() {
    // tag::update-remove[]
    Key ivan = Key.of("user/id", 1, "user/name", "Ivan");
    db.putItem(
        "users",
        Item.of(
            "user/id",
            1,
            "user/name",
            "Ivan",
            "test/kek",
            "k",
            "abc",
            1,
            "test/lol",
            true,
            "tags",
            List.of("foo", "bar", "baz"),
            "user/tags",
            List.of("foo", "bar", "baz")));

    db.updateItem(
        UpdateItemRequest.builder()
            .table("users")
            .key(ivan)
            .names(Map.of("#kek", "test/kek"))
            .remove("#kek", "abc", "test/lol")
            .build());

    db.updateItem(UpdateItemRequest.builder().table("users").key(ivan).remove("tags[1]").build());

    db.updateItem(
        UpdateItemRequest.builder()
            .table("users")
            .key(ivan)
            .names(Map.of("#tags", "user/tags"))
            .remove("#tags[1]")
            .build());
    // end::update-remove[]
    return List.of(db.getItem("users", ivan).item());
  }

  /** Deletes members from a set. */
  public Item updateDelete() {
    // tag::update-delete[]
    db.putItem(
        "users", Item.of("user/id", 1, "user/name", "Ivan", "user/colors", Set.of("r", "g", "b")));

    Item updated =
        db.updateItem(
                UpdateItemRequest.builder()
                    .table("users")
                    .key(Key.of("user/id", 1, "user/name", "Ivan"))
                    .delete("user/colors", Set.of("r", "b"))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build())
            .attributes();
    // updated: {"user/colors":{"SS":["g"]},"user/id":{"N":"1"},"user/name":{"S":"Ivan"}}
    // end::update-delete[]
    return updated;
  }

  /** Deletes an item, then fails to delete one with a condition. */
  public ConditionalCheckFailedException deleteItem() {
    // tag::delete-item[]
    db.deleteItem("users", Key.of("user/id", 1, "user/name", "Ivan"));

    db.putItem("users", Item.of("user/id", 1, "user/name", "Ivan", "test/kek", 99));
    try {
      db.deleteItem(
          DeleteItemRequest.builder()
              .table("users")
              .key(Key.of("user/id", 1, "user/name", "Ivan"))
              .condition("#kek in (:foo, :bar, :baz)")
              .names(Map.of("#kek", "test/kek"))
              .values(Map.of(":foo", 1, ":bar", 2, ":baz", 3))
              .build());
    } catch (ConditionalCheckFailedException e) {
      // status 400, ConditionalCheckFailedException, The conditional request failed, DeleteItem
      System.out.println(
          e.statusCode()
              + " "
              + e.errorType()
              + ": "
              + e.errorMessage()
              + " ("
              + e.operation()
              + ", request id "
              + e.requestId()
              + ")");
      return e;
    }
    // end::delete-item[]
    return null;
  }

  /** Queries one page at a time. */
  public List<QueryResponse> query() {
    // tag::query[]
    db.putItem("users", Item.of("user/id", 1, "user/name", "Ivan", "test/foo", 1));
    db.putItem("users", Item.of("user/id", 1, "user/name", "Juan", "test/foo", 2));
    db.putItem("users", Item.of("user/id", 2, "user/name", "Huan", "test/foo", 3));

    QueryRequest request =
        QueryRequest.builder()
            .table("users")
            .keyCondition("#id = :one")
            .names(Map.of("#id", "user/id"))
            .values(Map.of(":one", 1))
            .limit(1)
            .build();
    QueryResponse page = db.query(request);
    // page.items(): [Ivan], count 1, scannedCount 1, lastEvaluatedKey {user/id 1, user/name Ivan}
    QueryResponse next = db.query(request.withExclusiveStartKey(page.lastEvaluatedKey()));
    // next.items(): [Juan]

    List<String> names = db.queryAll(request).map(i -> i.getString("user/name")).toList();
    // names: [Ivan, Juan], fetched one page per request as the stream is read
    // end::query[]
    return names.equals(List.of("Ivan", "Juan")) ? List.of(page, next) : List.of();
  }

  /** Scans with a filter and a projection. */
  public List<Object> scan() {
    // tag::scan[]
    ScanRequest request =
        ScanRequest.builder()
            .table("users")
            .filter("#foo = :two")
            .project("test/foo", "#name")
            .names(Map.of("#foo", "test/foo", "#name", "user/name"))
            .values(Map.of(":two", 2))
            .limit(2)
            .build();
    ScanResponse first = db.scan(request);
    // first: at most 2 items scanned (scannedCount 2), the matching ones returned,
    // and a lastEvaluatedKey to go on from

    List<Item> matches = db.scanAll(request).toList();
    // matches: [{"test/foo":{"N":"2"},"user/name":{"S":"Juan"}}]
    // end::scan[]
    return List.of(first, matches);
  }

  /** Gets several items at once. */
  public BatchGetItemResponse batchGet() {
    // tag::batch-get[]
    BatchGetItemResponse batch =
        db.batchGetItem(
            BatchGetItemRequest.builder()
                .get(
                    "users",
                    Key.of("user/id", 1, "user/name", "Ivan"),
                    Key.of("user/id", 2, "user/name", "Huan"))
                .build());
    List<Item> users = batch.items("users");
    // users: Ivan and Huan (in any order); batch.unprocessedKeys() is what to ask again
    // end::batch-get[]
    return users.size() == 2 ? batch : null;
  }

  /** Tags the table and reads the tags back. */
  public Map<String, String> tagResource() {
    // tag::tag-resource[]
    String arn = db.describeTable("users").table().tableArn();
    db.tagResource(TagResourceRequest.of(arn, Map.of("team", "core", "env", "test")));
    Map<String, String> tags = db.listTagsOfResource(ListTagsOfResourceRequest.of(arn)).tagMap();
    // tags: {team=core, env=test}
    // end::tag-resource[]
    return tags;
  }

  /** Describes the table. */
  public TableDescription describeTable() {
    // tag::describe-table[]
    TableDescription table = db.describeTable("users").table();
    // table.tableStatus(): ACTIVE; table.hashKeyName(): user/id; table.rangeKeyName(): user/name
    // end::describe-table[]
    return table;
  }

  /** Calls the API with raw JSON, and gets an error as a value instead of an exception. */
  public List<Object> rawApiCall() {
    // tag::raw-api-call[]
    String json = db.apiCall(Operation.DESCRIBE_TABLE, "{\"TableName\":\"users\"}");
    // json: {"Table":{"AttributeDefinitions":[...],"TableName":"users",...}}

    ApiResult<String> backup =
        db.attempt(
            c ->
                c.apiCall(
                    Operation.CREATE_BACKUP,
                    "{\"TableName\":\"users\",\"BackupName\":\"nightly\"}"));
    // dynalite has no backups: backup.isSuccess() is false and
    // backup.error() holds the UnknownOperationException (status 400) instead of throwing it
    // end::raw-api-call[]
    return List.of(json, backup);
  }

  /** Maps items to a record and back, without reflection. */
  public List<User> typedItems() {
    // tag::typed-items[]
    ItemCodec<User> userCodec =
        ItemCodec.of(
            (u, w) -> w.number("user/id", u.id()).string("user/name", u.name()),
            r -> new User(r.getLong("user/id"), r.getString("user/name")));
    Table<User> users = db.table("users", userCodec);
    users.put(new User(3, "Olga"));
    User olga = users.get(Key.of("user/id", 3, "user/name", "Olga"));
    // end::typed-items[]
    return List.of(olga);
  }

  /** The same calls, without blocking. */
  public Item async() {
    // tag::async[]
    Item ivan =
        db.async()
            .getItem("users", Key.of("user/id", 1, "user/name", "Ivan"))
            .thenApply(r -> r.item())
            .join();
    // end::async[]
    return ivan;
  }

  /** Many items without blocking: the batch helper's pauses are on a timer, not a thread. */
  public List<Item> asyncBatch() {
    // tag::async-batch[]
    List<Item> found =
        db.async()
            .batchGetAll(
                "users",
                List.of(
                    Key.of("user/id", 1, "user/name", "Ivan"),
                    Key.of("user/id", 3, "user/name", "Olga")))
            .join();
    // found: Ivan and Olga (in any order), unprocessed keys asked for again as with batchGetAll
    // end::async-batch[]
    return found;
  }

  /** Deletes the table. */
  public void deleteTable() {
    // tag::delete-table[]
    db.deleteTable("users");
    db.waitUntilTableDeleted("users");
    // end::delete-table[]
  }

  /** A user, for {@link #typedItems()}. */
  public record User(long id, String name) {}

  /** Every step in order, printing what each returns. */
  public void runAll() {
    show("create table", createTable().tableStatus());
    show("list tables", listTables());
    putItem();
    show("get item", getItem());
    show("conditional put", conditionalPut());
    show("get with projection", getWithProjection());
    show("update: set", updateSet());
    show("update: add", updateAdd());
    show("update: remove", updateRemove());
    show("update: delete from a set", updateDelete());
    show("delete item", deleteItem());
    show("query", query());
    show("scan", scan());
    show("batch get", batchGet().items("users"));
    show("tag resource", tagResource());
    show("describe table", describeTable().keySchema());
    show("raw API call", rawApiCall());
    show("typed items", typedItems());
    show("async", async());
    show("async batch", asyncBatch());
    deleteTable();
    show("delete table", db.listTables().tableNames());
  }

  private static void show(String step, Object result) {
    String text =
        result instanceof List && !((List<?>) result).isEmpty()
            ? ((List<?>) result).stream().map(String::valueOf).collect(Collectors.joining("\n    "))
            : String.valueOf(result);
    System.out.println("== " + step + "\n    " + text);
  }

  /** Starts dynalite, runs the walk-through against it, and stops it. */
  public static void main(String[] args) {
    try (Dynalite dynalite = Dynalite.start()) {
      // tag::client[]
      DynamoClient db =
          DynamoClient.builder()
              .endpoint(dynalite.endpoint()) // http://127.0.0.1:<port>; leave out for AWS
              .region("us-east-1")
              .credentials(Credentials.of("aws-public-key", "aws-secret-key"))
              .build();
      System.out.println(db); // DynamoClient[endpoint=..., region=us-east-1, transport=jdk]
      // end::client[]
      try (db) {
        System.out.println("== dynalite at " + dynalite.endpoint());
        new Walkthrough(db).runAll();
      }
    }
  }
}
