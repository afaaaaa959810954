package io.dynamo.it;

import static io.dynamo.it.StubWire.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.model.BatchExecuteStatementRequest;
import io.dynamo.api.model.BatchExecuteStatementResponse;
import io.dynamo.api.model.BatchStatementRequest;
import io.dynamo.api.model.ExecuteStatementRequest;
import io.dynamo.api.model.ExecuteStatementResponse;
import io.dynamo.api.model.ExecuteTransactionRequest;
import io.dynamo.api.model.ExecuteTransactionResponse;
import io.dynamo.api.model.ParameterizedStatement;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.Item;
import io.dynamo.codec.TypeRef;
import io.dynamo.testkit.RecordedRequest;
import io.dynamo.testkit.StubResponse;
import io.dynamo.testkit.StubServer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PartiQL over real HTTP against a stub server, since dynalite has none: parameters of every
 * attribute type given as plain Java values and encoded by the codec registry (a codec discovered
 * on the module path included), their exact JSON on the wire, results read back as items, and
 * ExecuteStatement's pages followed by {@code NextToken}.
 */
class StubPartiqlTest {
  private final StubServer stub = StubServer.start();
  private final DynamoClient db = StubWire.client(stub);

  @AfterEach
  void stop() {
    db.close();
    stub.close();
  }

  /** One plain Java value of each attribute type, and a {@link Money}, which its codec makes S. */
  private static final Object[] EVERY_TYPE = {
    "Acme Band",
    new BigDecimal("1024.50"),
    new byte[] {1, 2, 3},
    new TreeSet<>(Set.of("Rock", "Pop")),
    new TreeSet<>(Set.of(3, 1, 2)),
    new LinkedHashSet<>(List.of(Bytes.of(new byte[] {0}), Bytes.of(new byte[] {(byte) 0xff}))),
    label(),
    List.of("single", 7, true),
    null,
    true,
    new Money(new BigDecimal("12.50"), "EUR")
  };

  /** {@link #EVERY_TYPE} as DynamoDB's JSON, in order. */
  private static final String EVERY_TYPE_JSON =
      ("[{'S':'Acme Band'},{'N':'1024.50'},{'B':'AQID'},{'SS':['Pop','Rock']},"
              + "{'NS':['1','2','3']},{'BS':['AA==','/w==']},"
              + "{'M':{'name':{'S':'Acme Records'},'founded':{'N':'1999'}}},"
              + "{'L':[{'S':'single'},{'N':'7'},{'BOOL':true}]},{'NULL':true},{'BOOL':true},"
              + "{'S':'12.50 EUR'}]")
          .replace('\'', '"');

  /** An item with an attribute of each type, as ExecuteStatement returns one. */
  private static final String EVERY_TYPE_ITEM =
      """
      {"Artist":{"S":"Acme Band"},"Rating":{"N":"1024.50"},"Cover":{"B":"AQID"},
       "Genres":{"SS":["Pop","Rock"]},"Tracks":{"NS":["1","2","3"]},
       "Thumbnails":{"BS":["AA==","/w=="]},
       "Label":{"M":{"name":{"S":"Acme Records"},"founded":{"N":"1999"}}},
       "Tags":{"L":[{"S":"single"},{"N":"7"},{"BOOL":true}]},
       "Deleted":{"NULL":true},"Explicit":{"BOOL":true},"Price":{"S":"12.50 EUR"}}
      """;

  private static final String SELECT =
      "SELECT * FROM Music WHERE Artist = ? AND Rating = ? AND Cover = ? AND Genres = ?"
          + " AND Tracks = ? AND Thumbnails = ? AND Label = ? AND Tags = ? AND Deleted = ?"
          + " AND Explicit = ? AND Price = ?";

  private static Map<String, Object> label() {
    Map<String, Object> label = new LinkedHashMap<>();
    label.put("name", "Acme Records");
    label.put("founded", 1999);
    return label;
  }

  /** Every attribute of {@link #EVERY_TYPE_ITEM} read back as the Java value it was made from. */
  private static void assertEveryType(Item item) {
    assertEquals("Acme Band", item.getString("Artist"));
    assertEquals(new BigDecimal("1024.50"), item.getBigDecimal("Rating"));
    assertEquals(Bytes.of(new byte[] {1, 2, 3}), item.getBytes("Cover"));
    assertEquals(Set.of("Pop", "Rock"), item.getStringSet("Genres"));
    assertEquals(
        Set.of(1, 2, 3), item.get("Tracks", TypeRef.setOf(Integer.class)), item.toString());
    assertEquals(
        Set.of(Bytes.of(new byte[] {0}), Bytes.of(new byte[] {(byte) 0xff})),
        item.get("Thumbnails", TypeRef.setOf(Bytes.class)));
    assertEquals(
        AttributeValue.m(
            Map.of("name", AttributeValue.s("Acme Records"), "founded", AttributeValue.n(1999))),
        item.get("Label"));
    assertEquals(
        AttributeValue.l(
            AttributeValue.s("single"), AttributeValue.n(7), AttributeValue.bool(true)),
        item.get("Tags"));
    assertTrue(item.has("Deleted"));
    assertEquals(AttributeValue.nul(), item.get("Deleted"));
    assertTrue(item.getBoolean("Explicit"));
    assertEquals(new Money(new BigDecimal("12.50"), "EUR"), item.get("Price", Money.class));
  }

  @Test
  void executeStatementTakesPlainJavaParametersOfEveryType() {
    stub.enqueue(
        StubResponse.dynamo(
            "{\"Items\":["
                + EVERY_TYPE_ITEM
                + "],\"ConsumedCapacity\":{\"TableName\":\"Music\",\"CapacityUnits\":0.5}}"));

    ExecuteStatementResponse r =
        db.executeStatement(
            ExecuteStatementRequest.of(SELECT, EVERY_TYPE).toBuilder()
                .consistentRead(true)
                .build());

    RecordedRequest sent = stub.lastRequest();
    assertSent(stub, "ExecuteStatement", sent);
    assertEquals(
        "{\"Statement\":\""
            + SELECT
            + "\",\"Parameters\":"
            + EVERY_TYPE_JSON
            + ",\"ConsistentRead\":true}",
        sent.bodyAsString());
    assertEquals(1, r.items().size());
    assertEveryType(r.items().get(0));
    assertEquals(0.5, r.consumedCapacity().capacityUnits());
  }

  @Test
  void batchExecuteStatementTakesPlainJavaParametersOfEveryType() {
    stub.enqueue(
        StubResponse.dynamo(
            """
            {"Responses":[{"TableName":"Music"},
                          {"TableName":"Music","Item":%s}]}
            """
                .formatted(EVERY_TYPE_ITEM)));
    String insert =
        "INSERT INTO Music VALUE {'Artist': ?, 'Rating': ?, 'Cover': ?, 'Genres': ?, 'Tracks': ?,"
            + " 'Thumbnails': ?, 'Label': ?, 'Tags': ?, 'Deleted': ?, 'Explicit': ?, 'Price': ?}";

    BatchExecuteStatementResponse r =
        db.batchExecuteStatement(
            BatchExecuteStatementRequest.builder()
                .statements(
                    BatchStatementRequest.builder()
                        .statement(insert)
                        .parameters(ExecuteStatementRequest.encode(db.codecs(), EVERY_TYPE))
                        .build(),
                    BatchStatementRequest.builder()
                        .statement(SELECT)
                        .parameters(ExecuteStatementRequest.encode(db.codecs(), EVERY_TYPE))
                        .consistentRead(true)
                        .build())
                .build());

    RecordedRequest sent = stub.lastRequest();
    assertSent(stub, "BatchExecuteStatement", sent);
    assertEquals(
        "{\"Statements\":[{\"Statement\":\""
            + insert
            + "\",\"Parameters\":"
            + EVERY_TYPE_JSON
            + "},{\"Statement\":\""
            + SELECT
            + "\",\"Parameters\":"
            + EVERY_TYPE_JSON
            + ",\"ConsistentRead\":true}]}",
        sent.bodyAsString());
    assertNull(r.responses().get(0).item());
    assertNull(r.responses().get(0).error());
    assertEveryType(r.responses().get(1).item());
  }

  @Test
  void executeTransactionTakesPlainJavaParametersOfEveryType() {
    stub.enqueue(
        StubResponse.dynamo(
            """
            {"Responses":[{"Item":%s},{"Item":{"Artist":{"S":"Acme Band"},"Plays":{"N":"7"}}}]}
            """
                .formatted(EVERY_TYPE_ITEM)));
    Object[] firstSix = Arrays.copyOfRange(EVERY_TYPE, 0, 6);
    Object[] lastFive = Arrays.copyOfRange(EVERY_TYPE, 6, 11);
    String first =
        "SELECT * FROM Music WHERE Artist = ? AND Rating = ? AND Cover = ? AND Genres = ?"
            + " AND Tracks = ? AND Thumbnails = ?";
    String second =
        "SELECT * FROM Music WHERE Label = ? AND Tags = ? AND Deleted = ? AND Explicit = ?"
            + " AND Price = ?";

    ExecuteTransactionResponse r =
        db.executeTransaction(
            ExecuteTransactionRequest.builder()
                .transactStatements(
                    ParameterizedStatement.builder()
                        .statement(first)
                        .parameters(ExecuteStatementRequest.encode(db.codecs(), firstSix))
                        .build(),
                    ParameterizedStatement.builder()
                        .statement(second)
                        .parameters(ExecuteStatementRequest.encode(db.codecs(), lastFive))
                        .build())
                .clientRequestToken("read-every-type")
                .build());

    RecordedRequest sent = stub.lastRequest();
    assertSent(stub, "ExecuteTransaction", sent);
    String all = EVERY_TYPE_JSON;
    int split = all.indexOf(",{\"M\":");
    assertEquals(
        "{\"TransactStatements\":[{\"Statement\":\""
            + first
            + "\",\"Parameters\":"
            + all.substring(0, split)
            + "]},{\"Statement\":\""
            + second
            + "\",\"Parameters\":["
            + all.substring(split + 1)
            + "}],\"ClientRequestToken\":\"read-every-type\"}",
        sent.bodyAsString());
    assertEquals(2, r.responses().size());
    assertEveryType(r.responses().get(0).item());
    assertEquals(7, r.responses().get(1).item().getInt("Plays"));
  }

  @Test
  void executeStatementAllFollowsNextTokenAcrossPages() {
    String token = "eyJ2IjoxLCJrIjoiQWNtZSBCYW5kI0hhcHB5IERheSJ9".repeat(3);
    String page1 =
        """
        {"Items":[{"Artist":{"S":"Acme Band"},"SongTitle":{"S":"Happy Day"}},
                  {"Artist":{"S":"Acme Band"},"SongTitle":{"S":"PartiQL Rocks"}}],
         "NextToken":"%s"}
        """
            .formatted(token);
    String page2 =
        """
        {"Items":[{"Artist":{"S":"Acme Band"},"SongTitle":{"S":"Zebra"}}]}
        """;
    ExecuteStatementRequest select =
        ExecuteStatementRequest.of("SELECT * FROM Music WHERE Artist = ?", "Acme Band");
    String firstBody =
        "{\"Statement\":\"SELECT * FROM Music WHERE Artist = ?\",\"Parameters\":[{\"S\":\"Acme Band\"}]";
    StubWire.MODEL.assertValidOutput("ExecuteStatement", page1);
    StubWire.MODEL.assertValidOutput("ExecuteStatement", page2);

    stub.enqueue(StubResponse.dynamo(page1), StubResponse.dynamo(page2));
    List<String> titles =
        db.executeStatementAll(select).map(i -> i.getString("SongTitle")).toList();

    assertEquals(List.of("Happy Day", "PartiQL Rocks", "Zebra"), titles);
    assertEquals(2, stub.requestCount());
    assertEquals(firstBody + "}", stub.request(0).bodyAsString());
    assertEquals(firstBody + ",\"NextToken\":\"" + token + "\"}", stub.request(1).bodyAsString());
    for (RecordedRequest r : stub.requests()) {
      assertSent(stub, "ExecuteStatement", r);
    }

    // the asynchronous client's pages follow the same token
    stub.clear();
    stub.enqueue(StubResponse.dynamo(page1), StubResponse.dynamo(page2));
    List<ExecuteStatementResponse> pages =
        StubAllOperationsTest.collect(db.async().executeStatementPages(select));
    assertEquals(2, pages.size());
    assertEquals(token, pages.get(0).nextToken());
    assertNull(pages.get(1).nextToken());
    assertFalse(stub.request(0).bodyAsString().contains("NextToken"));
    assertEquals(firstBody + ",\"NextToken\":\"" + token + "\"}", stub.request(1).bodyAsString());
  }
}
