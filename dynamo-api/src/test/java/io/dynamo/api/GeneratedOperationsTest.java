package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.DescribeLimitsRequest;
import io.dynamo.api.model.DescribeLimitsResponse;
import io.dynamo.api.model.DynamoEnum;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.api.model.ExecuteStatementRequest;
import io.dynamo.api.model.ExecuteTransactionRequest;
import io.dynamo.api.model.ExportTableToPointInTimeRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.IndexProjection;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.ListBackupsRequest;
import io.dynamo.api.model.LocalIndex;
import io.dynamo.api.model.ParameterizedStatement;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.RestoreTableFromBackupRequest;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.api.model.ReturnItemCollectionMetrics;
import io.dynamo.api.model.ReturnValue;
import io.dynamo.api.model.ScalarType;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.TableStatus;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.UpdateTableRequest;
import io.dynamo.codec.AttributeMap;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.DynamoJson;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.codec.internal.json.Json;
import io.dynamo.codegen.Generator;
import io.dynamo.codegen.Model;
import io.dynamo.codegen.Names;
import io.dynamo.testkit.ModelChecker;
import io.dynamo.testkit.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated part of the API against DynamoDB's model: every operation has a typed method on
 * both clients; the generated requests and responses have exactly the model's members, names and
 * types, recursively; every generated shape goes through its writer and reader unchanged, is what
 * the model allows, and every generated operation goes over the wire through both clients.
 */
class GeneratedOperationsTest {
  private static final Model MODEL = Model.dynamoDb();
  private static final ModelChecker CHECKER = ModelChecker.dynamoDb();
  private static final String PKG = "io.dynamo.api.model.";

  /**
   * Requests of the operations checked against DynamoDB's rules beyond the model, which generated
   * values do not keep; their writers and readers still go through every member below.
   */
  private static final Map<String, DynamoRequest<?>> RULED =
      Map.ofEntries(
          Map.entry(
              "CreateTable",
              CreateTableRequest.builder()
                  .table("users")
                  .hashKey("id", ScalarType.S)
                  .rangeKey("at", ScalarType.N)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .globalSecondaryIndex(
                      GlobalIndex.builder("byName").hashKey("name", ScalarType.S).build())
                  .localSecondaryIndex(
                      LocalIndex.of("byAge", "age", ScalarType.N, IndexProjection.all()))
                  .tag("team", "core")
                  .build()),
          Map.entry(
              "UpdateTable",
              UpdateTableRequest.builder()
                  .table("users")
                  .createIndex(GlobalIndex.builder("byMail").hashKey("mail", ScalarType.S).build())
                  .build()),
          Map.entry(
              "TagResource",
              TagResourceRequest.of(
                  "arn:aws:dynamodb:us-east-1:123456789012:table/users", Map.of("team", "core"))),
          Map.entry(
              "GetItem",
              GetItemRequest.builder()
                  .table("users")
                  .key("id", 1)
                  .project("name", "a.b[1]")
                  .build()),
          Map.entry(
              "PutItem",
              PutItemRequest.builder()
                  .table("users")
                  .item(Item.of("id", 1, "name", "Ivan"))
                  .condition(Condition.attributeNotExists("id"))
                  .returnValues(ReturnValue.ALL_OLD)
                  .build()),
          Map.entry(
              "DeleteItem",
              DeleteItemRequest.builder()
                  .table("users")
                  .key("id", 1)
                  .condition(Condition.eq("name", "Ivan"))
                  .build()),
          Map.entry(
              "UpdateItem",
              UpdateItemRequest.builder()
                  .table("users")
                  .key("id", 1)
                  .set("name", "Ivan")
                  .add("visits", 1)
                  .condition(Condition.attributeExists("id"))
                  .returnValues(ReturnValue.ALL_NEW)
                  .build()),
          Map.entry(
              "Query",
              QueryRequest.builder()
                  .table("users")
                  .index("byName")
                  .keyCondition(Condition.eq("name", "Ivan"))
                  .filter(Condition.gt("visits", 1))
                  .project("id", "name")
                  .limit(10)
                  .build()),
          Map.entry(
              "Scan",
              ScanRequest.builder()
                  .table("users")
                  .filter(Condition.gt("visits", 1))
                  .segment(0)
                  .totalSegments(4)
                  .build()),
          Map.entry(
              "BatchGetItem",
              BatchGetItemRequest.builder()
                  .get("users", Key.of("id", 1), Key.of("id", 2))
                  .table(
                      "orders",
                      KeysAndAttributes.builder()
                          .keys(Key.of("id", "o1"))
                          .project("total", "lines[0]")
                          .consistentRead(true)
                          .build())
                  .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                  .build()),
          Map.entry(
              "BatchWriteItem",
              BatchWriteItemRequest.builder()
                  .put("users", Item.of("id", 1, "name", "Ivan"))
                  .delete("users", Key.of("id", 2))
                  .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                  .build()),
          Map.entry(
              "TransactWriteItems",
              TransactWriteItemsRequest.builder()
                  .put("users", Item.of("id", 1), Condition.attributeNotExists("id"))
                  .update("users", Key.of("id", 2), u -> u.add("visits", 1))
                  .delete("users", Key.of("id", 3))
                  .conditionCheck("users", Key.of("id", 4), Condition.attributeExists("id"))
                  .build()),
          Map.entry(
              "TransactGetItems",
              TransactGetItemsRequest.builder()
                  .get("users", Key.of("id", 1), "name")
                  .get("orders", Key.of("id", "o1"))
                  .build()));

  @Test
  void everyOperationHasATypedMethodOnBothClients() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Model.Operation op : MODEL.operations.values()) {
      String method = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1);
      Class<?> request = Class.forName(PKG + op.name() + "Request");
      try {
        Method sync = DynamoClient.class.getMethod(method, request);
        Method async = DynamoAsyncClient.class.getMethod(method, request);
        Type future = async.getGenericReturnType();
        assertEquals(CompletableFuture.class, ((ParameterizedType) future).getRawType());
        Type answer = ((ParameterizedType) future).getActualTypeArguments()[0];
        if (op.output() == null || sync.getReturnType() == void.class) {
          assertTrue(sync.getReturnType() == void.class || sync.getReturnType() == Void.class);
          assertEquals(Void.class, answer, op.name());
        } else {
          assertEquals(Class.forName(PKG + op.name() + "Response"), sync.getReturnType());
          assertEquals(sync.getReturnType(), answer, op.name());
        }
      } catch (NoSuchMethodException e) {
        missing.add(op.name());
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(58, MODEL.operations.size());
  }

  @Test
  void generatedRequestsAndResponsesHaveExactlyTheModelsMembers() throws Exception {
    Set<String> seen = new LinkedHashSet<>();
    for (Model.Operation op : generatedOperations()) {
      if (op.input() != null) {
        members(op.input(), Class.forName(PKG + op.name() + "Request"), seen);
      }
      if (op.output() != null) {
        members(op.output(), Class.forName(PKG + op.name() + "Response"), seen);
      }
    }
    assertTrue(seen.size() > 80, "structures checked: " + seen.size());
  }

  @Test
  void enumsKeepValuesTheyDoNotKnow() {
    TableStatus active = TableStatus.of("ACTIVE");
    assertTrue(active == TableStatus.ACTIVE && active.isKnown());
    TableStatus future = TableStatus.of("HIBERNATING");
    assertFalse(future.isKnown());
    assertEquals("HIBERNATING", future.value());
    assertEquals(TableStatus.of("HIBERNATING"), future);
    assertFalse(TableStatus.knownValues().contains(future));
  }

  @Test
  void everyGeneratedReaderAndWriterAgreesWithTheModel() throws Exception {
    Set<String> structures = new TreeSet<>();
    for (Model.Operation op : generatedOperations()) {
      collect(op.input(), structures);
      collect(op.output(), structures);
    }
    Map<String, Class<?>> types = new LinkedHashMap<>();
    for (String shape : structures) {
      types.put(shape, Class.forName(PKG + Generator.javaTypeOf(shape)));
    }
    for (Model.Operation op : generatedOperations()) {
      if (op.input() != null) {
        types.put(op.input() + "@" + op.name(), Class.forName(PKG + op.name() + "Request"));
      }
      if (op.output() != null) {
        types.put(op.output() + "@" + op.name(), Class.forName(PKG + op.name() + "Response"));
      }
    }
    int reads = 0;
    int writes = 0;
    for (Map.Entry<String, Class<?>> e : types.entrySet()) {
      String shape = e.getKey().contains("@") ? e.getKey().split("@")[0] : e.getKey();
      Class<?> type = e.getValue();
      Object value = structureValue(shape, type, 0);
      String expected = oracle(shape, value);
      Class<?> json = Class.forName("io.dynamo.api.internal.json." + type.getSimpleName() + "Json");
      if (hasMethod(json, "read")) {
        assertEquals(value, read(type, expected.getBytes(StandardCharsets.UTF_8)), e.getKey());
        reads++;
      }
      if (hasMethod(json, "write")) {
        String written = new String(write(type, value), StandardCharsets.UTF_8);
        assertEquals(JsonTree.parse(expected), JsonTree.parse(written), e.getKey());
        assertEquals(List.of(), CHECKER.validate(shape, written), e.getKey() + ": " + written);
        writes++;
      }
      assertTrue(hasMethod(json, "read") || hasMethod(json, "write"), e.getKey());
    }
    assertTrue(reads > 100 && writes > 60, reads + " readers and " + writes + " writers checked");
  }

  @Test
  void everyGeneratedOperationGoesOverTheWireThroughBothClients() throws Exception {
    FakeTransport t = FakeTransport.create();
    DynamoClient db = t.client();
    for (Model.Operation op : generatedOperations()) {
      Class<?> requestType = Class.forName(PKG + op.name() + "Request");
      DynamoRequest<?> request =
          RULED.containsKey(op.name())
              ? RULED.get(op.name())
              : (DynamoRequest<?>) structureValue(op.input(), requestType, 0);
      Object response = null;
      String body = "{}";
      if (op.output() != null) {
        Class<?> responseType = Class.forName(PKG + op.name() + "Response");
        response = structureValue(op.output(), responseType, 0);
        body = oracle(op.output(), response);
      }
      String method = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1);
      t.respond(body);
      Object sync = DynamoClient.class.getMethod(method, requestType).invoke(db, request);
      assertEquals(op.name(), t.lastOperation());
      assertEquals(List.<Violation>of(), CHECKER.validateInput(op.name(), t.lastBody()), op.name());
      assertEquals(response, sync, op.name());
      t.respond(body);
      Object async =
          ((CompletableFuture<?>)
                  DynamoAsyncClient.class
                      .getMethod(method, requestType)
                      .invoke(db.async(), request))
              .join();
      assertEquals(response, async, op.name());
      t.respond(body);
      assertEquals(response, db.send(request), op.name());
      t.respond(body);
      assertEquals(response, db.async().send(request).join(), op.name());
    }
  }

  @Test
  void theModelsExampleOfAGeneratedOperation() {
    FakeTransport t = FakeTransport.create();
    t.respond(ModelExamples.output("DescribeLimits"));
    DescribeLimitsResponse limits =
        t.client().describeLimits(DescribeLimitsRequest.builder().build());
    assertEquals(20000L, limits.accountMaxReadCapacityUnits());
    assertEquals(20000L, limits.accountMaxWriteCapacityUnits());
    assertEquals(10000L, limits.tableMaxReadCapacityUnits());
    assertEquals(10000L, limits.tableMaxWriteCapacityUnits());
    assertEquals(
        JsonTree.parse(ModelExamples.input("DescribeLimits")), JsonTree.parse(t.lastBody()));
  }

  @Test
  void partiqlTakesPlainJavaParametersOfEveryTypeAndPagesItsItems() {
    FakeTransport t = FakeTransport.create();
    DynamoClient db = t.client();
    ExecuteStatementRequest select =
        ExecuteStatementRequest.of(
            "SELECT * FROM users WHERE a = ? AND b = ? AND c = ? AND d = ? AND e = ? AND f = ?"
                + " AND g = ? AND h = ? AND i = ? AND j = ?",
            "text",
            42,
            new java.math.BigDecimal("1.50"),
            new byte[] {1, 2},
            new java.util.TreeSet<>(Set.of("x", "y")),
            new java.util.TreeSet<>(Set.of(1, 2)),
            List.of(1, "two"),
            Map.of("k", true),
            null,
            false);
    t.respond("{\"Items\":[{\"id\":{\"N\":\"1\"}}],\"NextToken\":\"page-2\"}");
    t.respond("{\"Items\":[{\"id\":{\"N\":\"2\"}}]}");
    List<Item> items = db.executeStatementAll(select).toList();
    assertEquals(List.of(1L, 2L), items.stream().map(i -> i.getLong("id")).toList());
    assertEquals(
        JsonTree.parse(
            "[{\"S\":\"text\"},{\"N\":\"42\"},{\"N\":\"1.50\"},{\"B\":\"AQI=\"},"
                + "{\"SS\":[\"x\",\"y\"]},{\"NS\":[\"1\",\"2\"]},"
                + "{\"L\":[{\"N\":\"1\"},{\"S\":\"two\"}]},{\"M\":{\"k\":{\"BOOL\":true}}},"
                + "{\"NULL\":true},{\"BOOL\":false}]"),
        ((Map<?, ?>) JsonTree.parse(t.body(0))).get("Parameters"));
    assertEquals("page-2", ((Map<?, ?>) JsonTree.parse(t.body(1))).get("NextToken"));
    for (int i = 0; i < 2; i++) {
      assertEquals(List.of(), CHECKER.validateInput("ExecuteStatement", t.body(i)));
    }
    InvalidRequestException bad =
        assertThrows(
            InvalidRequestException.class,
            () -> ExecuteStatementRequest.of("SELECT * FROM t WHERE a = ?", new Object()));
    assertEquals("Parameters[0]", bad.field());
  }

  @Test
  void timestampsGoOutAsPlainSeconds() {
    FakeTransport t = FakeTransport.create();
    t.respond("{}");
    t.client()
        .listBackups(
            ListBackupsRequest.builder()
                .timeRangeLowerBound(Instant.ofEpochSecond(1_700_000_000L))
                .timeRangeUpperBound(Instant.ofEpochSecond(1_700_000_000L, 500_000_000))
                .build());
    assertTrue(t.lastBody().contains("\"TimeRangeLowerBound\":1700000000,"), t.lastBody());
    assertTrue(t.lastBody().contains("\"TimeRangeUpperBound\":1700000000.5"), t.lastBody());
  }

  @Test
  void idempotencyTokensLeftOutAreMadeOncePerCall() {
    FakeTransport t = FakeTransport.create();
    DynamoClient db = t.client();
    java.util.regex.Pattern uuid =
        java.util.regex.Pattern.compile(
            "\"(ClientRequestToken|ClientToken)\":\"([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-"
                + "[89ab][0-9a-f]{3}-[0-9a-f]{12})\"");
    ExecuteTransactionRequest tx =
        ExecuteTransactionRequest.builder()
            .transactStatements(
                ParameterizedStatement.builder().statement("DELETE FROM t WHERE id = 1").build())
            .build();
    ExportTableToPointInTimeRequest export =
        ExportTableToPointInTimeRequest.builder()
            .tableArn("arn:aws:dynamodb:us-east-1:123456789012:table/t")
            .s3Bucket("exports")
            .build();
    List<String> tokens = new ArrayList<>();
    for (DynamoRequest<?> r : List.of(tx, tx, export, export)) {
      t.respond("{}");
      db.send(r);
      java.util.regex.Matcher m = uuid.matcher(t.lastBody());
      assertTrue(m.find(), t.lastBody());
      tokens.add(m.group(2));
    }
    assertEquals(4, Set.copyOf(tokens).size(), "a new token for every call: " + tokens);
    t.respond("{}");
    db.send(tx.toBuilder().clientRequestToken("mine").build());
    assertTrue(t.lastBody().contains("\"ClientRequestToken\":\"mine\""), t.lastBody());
  }

  @Test
  void generatedRequestsAreCheckedBeforeAnythingIsSent() {
    FakeTransport t = FakeTransport.create();
    DynamoClient db = t.client();
    InvalidRequestException missing =
        assertThrows(
            InvalidRequestException.class,
            () -> db.restoreTableFromBackup(RestoreTableFromBackupRequest.builder().build()));
    assertEquals("TargetTableName", missing.field());
    assertTrue(missing.getMessage().contains("required"), missing.getMessage());
    InvalidRequestException range =
        assertThrows(
            InvalidRequestException.class,
            () -> db.listBackups(ListBackupsRequest.builder().limit(1000).build()));
    assertEquals("Limit", range.field());
    assertTrue(range.getMessage().contains("1 to 100"), range.getMessage());
    InvalidRequestException pattern =
        assertThrows(
            InvalidRequestException.class,
            () ->
                db.restoreTableFromBackup(
                    RestoreTableFromBackupRequest.builder()
                        .targetTableName("no spaces allowed")
                        .backupArn("arn:aws:dynamodb:us-east-1:123456789012:table/t/backup/01")
                        .build()));
    assertEquals("TargetTableName", pattern.field());
    // names of tables, indexes and backups are shown: they are no user data
    assertTrue(
        pattern.getMessage().contains("'no spaces allowed' has a character not allowed"),
        pattern.getMessage());
    InvalidRequestException length =
        assertThrows(
            InvalidRequestException.class,
            () ->
                db.executeStatement(
                    ExecuteStatementRequest.builder()
                        .statement("SELECT " + "x".repeat(8200))
                        .build()));
    assertEquals("Statement", length.field());
    assertTrue(length.getMessage().contains("1 to 8192"), length.getMessage());
    assertFalse(length.getMessage().contains("xxx"), "values stay out of messages");
    assertEquals(List.of(), t.requests(), "nothing may be sent");
  }

  // ---- the model side ------------------------------------------------------------------------

  private static List<Model.Operation> generatedOperations() {
    List<Model.Operation> ops = new ArrayList<>();
    ops.addAll(MODEL.operations.values());
    assertEquals(58, ops.size());
    return ops;
  }

  private static void collect(String shape, Set<String> structures) {
    if (shape == null) {
      return;
    }
    Model.Shape s = MODEL.shape(shape);
    String bound = Generator.javaTypeOf(shape);
    if (Set.of("AttributeValue", "Item", "Key", "Attributes").contains(bound)) {
      return;
    }
    if (s.type().equals("structure")) {
      boolean top = shape.endsWith("Input") || shape.endsWith("Output") || isTopLevel(shape);
      if (!top && !structures.add(shape)) {
        return;
      }
      for (Model.Member m : s.members().values()) {
        collect(m.shape(), structures);
      }
    } else if (s.type().equals("list")) {
      collect(s.member(), structures);
    } else if (s.type().equals("map")) {
      collect(s.value(), structures);
    }
  }

  private static boolean isTopLevel(String shape) {
    for (Model.Operation op : MODEL.operations.values()) {
      if (shape.equals(op.input()) || shape.equals(op.output())) {
        return true;
      }
    }
    return false;
  }

  /** The record's components are the structure's members, in order, with their types. */
  private static void members(String shape, Class<?> type, Set<String> seen) throws Exception {
    Model.Shape s = MODEL.shape(shape);
    assertTrue(type.isRecord(), type + " is a record");
    RecordComponent[] components = type.getRecordComponents();
    List<String> expected = new ArrayList<>();
    for (Model.Member m : s.members().values()) {
      expected.add(Names.member(m.name()));
    }
    List<String> actual = new ArrayList<>();
    for (RecordComponent c : components) {
      actual.add(c.getName());
    }
    assertEquals(expected, actual, type.getSimpleName() + " against " + shape);
    int i = 0;
    for (Model.Member m : s.members().values()) {
      type(
          m.shape(), components[i++].getGenericType(), seen, type.getSimpleName() + "." + m.name());
    }
  }

  private static void type(String shape, Type t, Set<String> seen, String where) throws Exception {
    Model.Shape s = MODEL.shape(shape);
    String java = Generator.javaTypeOf(shape);
    switch (java) {
      case "AttributeValue" -> assertEquals(AttributeValue.class, t, where);
      case "Item" -> assertEquals(Item.class, t, where);
      case "Key" -> assertEquals(Key.class, t, where);
      case "Attributes" -> {
        assertEquals(Map.class, ((ParameterizedType) t).getRawType(), where);
        assertEquals(AttributeValue.class, ((ParameterizedType) t).getActualTypeArguments()[1]);
      }
      default -> {
        switch (s.type()) {
          case "string" -> {
            if (s.isEnum()) {
              Class<?> e = Class.forName(PKG + java);
              assertEquals(e, t, where);
              assertTrue(DynamoEnum.class.isAssignableFrom(e), where);
              List<String> known = new ArrayList<>();
              for (Object v : (List<?>) e.getMethod("knownValues").invoke(null)) {
                known.add(((DynamoEnum) v).value());
              }
              assertEquals(s.enumValues(), known, where);
            } else {
              assertEquals(String.class, t, where);
            }
          }
          case "boolean" -> assertEquals(Boolean.class, t, where);
          case "integer" -> assertEquals(Integer.class, t, where);
          case "long" -> assertEquals(Long.class, t, where);
          case "double" -> assertEquals(Double.class, t, where);
          case "timestamp" -> assertEquals(Instant.class, t, where);
          case "blob" -> assertEquals(Bytes.class, t, where);
          case "list" -> {
            assertEquals(List.class, ((ParameterizedType) t).getRawType(), where);
            type(s.member(), ((ParameterizedType) t).getActualTypeArguments()[0], seen, where);
          }
          case "map" -> {
            assertEquals(Map.class, ((ParameterizedType) t).getRawType(), where);
            Type[] args = ((ParameterizedType) t).getActualTypeArguments();
            assertEquals(String.class, args[0], where);
            type(s.value(), args[1], seen, where);
          }
          case "structure" -> {
            Class<?> c = Class.forName(PKG + java);
            assertEquals(c, t, where);
            if (seen.add(shape)) {
              members(shape, c, seen);
            }
          }
          default -> throw new AssertionError(where + ": " + s.type());
        }
      }
    }
  }

  // ---- values ----------------------------------------------------------------------------------

  private static final List<String> CANDIDATES =
      List.of(
          "table_1",
          "arn:aws:dynamodb:us-east-1:123456789012:table/table_1",
          "arn:aws:dynamodb:us-east-1:123456789012:table/table_1/backup/01489173575000-abcdefgh",
          "us-east-1",
          "a1",
          "bucket-1",
          "123456789012",
          "b0a0ff6c-2a2e-4e6f-9d11-7f43a3f2c4b1",
          "0123456789abcdef".repeat(7),
          ",",
          "x");

  private static Object value(String shape, int depth) throws Exception {
    Model.Shape s = MODEL.shape(shape);
    switch (Generator.javaTypeOf(shape)) {
      case "AttributeValue" -> {
        return AttributeValue.s("v");
      }
      case "Item" -> {
        return Item.of("a", 1, "b", "two");
      }
      case "Key" -> {
        return Key.of("a", 1);
      }
      case "Attributes" -> {
        return Map.of(":v", AttributeValue.n(1));
      }
      default -> {}
    }
    switch (s.type()) {
      case "string" -> {
        if (s.isEnum()) {
          Class<?> e = Class.forName(PKG + Generator.javaTypeOf(shape));
          return e.getMethod("of", String.class).invoke(null, s.enumValues().get(0));
        }
        return string(s);
      }
      case "boolean" -> {
        return Boolean.TRUE;
      }
      case "integer" -> {
        return s.min() != null ? s.min().intValue() : 7;
      }
      case "long" -> {
        return s.min() != null ? s.min().longValue() : 7L;
      }
      case "double" -> {
        return s.min() != null ? s.min().doubleValue() : 1.5;
      }
      case "timestamp" -> {
        return Instant.ofEpochSecond(1_700_000_000L, 0);
      }
      case "blob" -> {
        return Bytes.of(new byte[] {1, 2, 3});
      }
      case "list" -> {
        int n = s.min() != null ? Math.max(1, s.min().intValue()) : 1;
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          list.add(value(s.member(), depth + 1));
        }
        return list;
      }
      case "map" -> {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(string(MODEL.shape(s.key())), value(s.value(), depth + 1));
        return map;
      }
      case "structure" -> {
        return structureValue(shape, Class.forName(PKG + Generator.javaTypeOf(shape)), depth);
      }
      default -> throw new AssertionError(shape);
    }
  }

  private static Object structureValue(String shape, Class<?> type, int depth) throws Exception {
    Model.Shape s = MODEL.shape(shape);
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    int i = 0;
    for (Model.Member m : s.members().values()) {
      types[i] = components[i].getType();
      args[i] = value(m.shape(), depth + 1);
      assertTrue(depth < 40, shape + " nests too deep");
      i++;
    }
    return type.getDeclaredConstructor(types).newInstance(args);
  }

  private static String string(Model.Shape s) {
    if (s.name().equals("ResourceArnString")) {
      // the client also checks that a resource ARN is an ARN
      return "arn:aws:dynamodb:us-east-1:123456789012:table/table_1";
    }
    int min = s.min() == null ? 0 : s.min().intValue();
    int max = s.max() == null ? Integer.MAX_VALUE : s.max().intValue();
    Pattern p = s.pattern() == null ? null : Pattern.compile(s.pattern());
    for (String c : CANDIDATES) {
      String v = c;
      while (v.length() < min) {
        v = v + "a";
      }
      if (v.length() <= max && (p == null || p.matcher(v).matches())) {
        return v;
      }
    }
    throw new AssertionError(s.name() + ": no candidate matches " + s.pattern());
  }

  // ---- JSON as the model says, written here from the values --------------------------------

  private static boolean hasMethod(Class<?> type, String name) {
    Class<?> first =
        name.equals("read")
            ? io.dynamo.codec.internal.json.AttributeJsonReader.class
            : JsonGenerator.class;
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 2
          && m.getParameterTypes()[0] == first) {
        return true;
      }
    }
    return false;
  }

  /** {@code value} as DynamoDB's JSON for {@code shape}, written from the model, not the code. */
  private static String oracle(String shape, Object value) throws Exception {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      oracle(g, shape, value);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private static void oracle(JsonGenerator g, String shape, Object v) throws Exception {
    Model.Shape s = MODEL.shape(shape);
    switch (Generator.javaTypeOf(shape)) {
      case "AttributeValue" -> {
        g.writeRawValue(DynamoJson.write((AttributeValue) v));
        return;
      }
      case "Item", "Key" -> {
        g.writeRawValue(DynamoJson.writeItem(((AttributeMap) v).attributes()));
        return;
      }
      case "Attributes" -> {
        @SuppressWarnings("unchecked")
        Map<String, AttributeValue> map = (Map<String, AttributeValue>) v;
        g.writeRawValue(DynamoJson.writeItem(map));
        return;
      }
      default -> {}
    }
    switch (s.type()) {
      case "string" -> g.writeString(s.isEnum() ? ((DynamoEnum) v).value() : (String) v);
      case "boolean" -> g.writeBoolean((Boolean) v);
      case "integer" -> g.writeNumber((Integer) v);
      case "long" -> g.writeNumber((Long) v);
      case "double" -> g.writeNumber((Double) v);
      case "timestamp" -> {
        Instant i = (Instant) v;
        g.writeNumber(
            java.math.BigDecimal.valueOf(i.getEpochSecond())
                .add(java.math.BigDecimal.valueOf(i.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString());
      }
      case "blob" -> g.writeString(((Bytes) v).toBase64());
      case "list" -> {
        g.writeStartArray();
        for (Object e : (List<?>) v) {
          oracle(g, s.member(), e);
        }
        g.writeEndArray();
      }
      case "map" -> {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          g.writeFieldName((String) e.getKey());
          oracle(g, s.value(), e.getValue());
        }
        g.writeEndObject();
      }
      case "structure" -> {
        g.writeStartObject();
        RecordComponent[] components = v.getClass().getRecordComponents();
        int i = 0;
        for (Model.Member m : s.members().values()) {
          Object member = components[i++].getAccessor().invoke(v);
          boolean empty =
              member == null
                  || (member instanceof List<?> l && l.isEmpty())
                  || (member instanceof Map<?, ?> mm && mm.isEmpty());
          if (!empty) {
            g.writeFieldName(m.name());
            oracle(g, m.shape(), member);
          }
        }
        g.writeEndObject();
      }
      default -> throw new AssertionError(shape);
    }
  }

  // ---- the generated JSON code --------------------------------------------------------------

  private static byte[] write(Class<?> type, Object value) throws Exception {
    Method write =
        Class.forName("io.dynamo.api.internal.json." + type.getSimpleName() + "Json")
            .getMethod("write", JsonGenerator.class, type);
    ByteArrayBuilder out = new ByteArrayBuilder();
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      write.invoke(null, g, value);
    }
    return out.toByteArray();
  }

  private static Object read(Class<?> type, byte[] json) throws Exception {
    Method read =
        Class.forName("io.dynamo.api.internal.json." + type.getSimpleName() + "Json")
            .getMethod(
                "read",
                io.dynamo.codec.internal.json.AttributeJsonReader.class,
                CodecRegistry.class);
    Object value =
        Reads.parse(
            json,
            r -> {
              try {
                return read.invoke(null, r, CodecRegistry.defaults());
              } catch (ReflectiveOperationException e) {
                throw new AssertionError(e.getCause());
              }
            });
    assertInstanceOf(type, value);
    return value;
  }
}
