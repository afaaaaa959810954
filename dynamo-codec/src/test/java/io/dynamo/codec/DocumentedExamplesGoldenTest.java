package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The JSON we write equals, as JSON, what DynamoDB's own documentation shows for the same items
 * (the request and response examples of the service model, copied into the test resources).
 */
class DocumentedExamplesGoldenTest {
  private static final Object EXAMPLES = JsonTree.resource("/dynamodb-model/examples-1.json");

  /** Members whose value is an item, a key or expression attribute values, or a list of them. */
  private static final Set<String> ITEM_MEMBERS =
      Set.of("Item", "Key", "Attributes", "ExpressionAttributeValues");

  private static final Set<String> ITEM_LIST_MEMBERS = Set.of("Items", "Keys");

  record Song(String artist, String title, String album, Integer year) {}

  private static final ItemCodec<Song> SONG =
      ItemCodec.of(
          (s, w) ->
              w.string("AlbumTitle", s.album())
                  .string("Artist", s.artist())
                  .string("SongTitle", s.title())
                  .number("Year", s.year()),
          r ->
              new Song(
                  r.getString("Artist"),
                  r.getString("SongTitle"),
                  r.getString("AlbumTitle"),
                  r.find("Year", Integer.class).orElse(null)));

  @Test
  void itemsBuiltFromJavaValuesWriteTheJsonTheDocumentationShows() {
    List<Executable> checks = new ArrayList<>();
    for (DocumentedItems.Documented d : DocumentedItems.all()) {
      Object documented = JsonTree.at(EXAMPLES, d.path());
      checks.add(() -> assertEquals(documented, JsonTree.parse(d.built().toJson()), d.toString()));
      checks.add(
          () ->
              assertEquals(
                  documented,
                  JsonTree.parse(DynamoJson.writeItem(d.built().attributes())),
                  d.toString()));
    }
    assertAll(checks);
  }

  @Test
  void everyDocumentedItemReadsAndWritesBackAsTheSameJson() {
    List<Object> found = new ArrayList<>();
    collectItems(EXAMPLES, "", found);
    assertTrue(found.size() >= 20, "the sweep found only " + found.size() + " items");
    for (Object documented : found) {
      String json = JsonTree.write(documented);
      Map<String, AttributeValue> item = DynamoJson.readItem(json);
      assertEquals(documented, JsonTree.parse(DynamoJson.writeItem(item)), json);
      assertEquals(json, DynamoJson.writeItem(item), "member order is kept");
    }
  }

  @Test
  void anItemCodecWritesTheDocumentedUpdateItemResponse() {
    Song song = new Song("Acme Band", "Happy Day", "Louder Than Ever", 2015);
    Object documented = JsonTree.at(EXAMPLES, "examples", "UpdateItem", 0, "output", "Attributes");

    assertEquals(documented, JsonTree.parse(SONG.toItem(song).toJson()));
    assertEquals(song, SONG.fromItem(DynamoJson.readItem(JsonTree.write(documented))));
  }

  @Test
  void anItemCodecReadsTheDocumentedGetItemResponse() {
    Object documented = JsonTree.at(EXAMPLES, "examples", "GetItem", 0, "output", "Item");

    Song song = SONG.fromItem(DynamoJson.readItem(JsonTree.write(documented)));

    assertEquals(new Song("Acme Band", "Happy Day", "Songs About Life", null), song);
  }

  /** Collects every item-shaped node: a value of ITEM_MEMBERS, an element of ITEM_LIST_MEMBERS. */
  private static void collectItems(Object node, String member, List<Object> found) {
    if (node instanceof Map) {
      if (ITEM_MEMBERS.contains(member)) {
        found.add(node);
        return;
      }
      boolean tables = "Responses".equals(member); // BatchGetItem: table name -> list of items
      for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
        collectItems(e.getValue(), tables ? "Items" : (String) e.getKey(), found);
      }
    } else if (node instanceof List) {
      for (Object e : (List<?>) node) {
        if (ITEM_LIST_MEMBERS.contains(member)) {
          found.add(e);
        } else {
          collectItems(e, "", found);
        }
      }
    }
  }
}
