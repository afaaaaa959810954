package io.dynamo.codec;

import java.util.List;

/**
 * The items, keys and expression attribute values of DynamoDB's documented request and response
 * examples ({@code src/test/resources/dynamodb-model/examples-1.json}), built here from plain Java
 * values, each with the path of its documented JSON.
 */
final class DocumentedItems {
  private DocumentedItems() {}

  /** An item built in Java and where the documentation shows it. */
  record Documented(AttributeMap built, Object... path) {
    @Override
    public String toString() {
      return List.of(path).toString();
    }
  }

  static List<Documented> all() {
    return List.of(
        doc(
            song("Somewhat Famous", "No One You Know", "Call Me Today"),
            "PutItem",
            "input",
            "Item"),
        doc(Key.of("Artist", "Acme Band", "SongTitle", "Happy Day"), "GetItem", "input", "Key"),
        doc(song("Songs About Life", "Acme Band", "Happy Day"), "GetItem", "output", "Item"),
        doc(
            Key.of("Artist", "No One You Know", "SongTitle", "Scared of My Shadow"),
            "DeleteItem",
            "input",
            "Key"),
        doc(Key.of("Artist", "Acme Band", "SongTitle", "Happy Day"), "UpdateItem", "input", "Key"),
        doc(
            Item.of(":t", "Louder Than Ever", ":y", 2015),
            "UpdateItem",
            "input",
            "ExpressionAttributeValues"),
        doc(
            song("Louder Than Ever", "Acme Band", "Happy Day").with("Year", 2015),
            "UpdateItem",
            "output",
            "Attributes"),
        doc(
            song("Somewhat Famous", "No One You Know", "Call Me Today"),
            "BatchWriteItem",
            "input",
            "RequestItems",
            "Music",
            0,
            "PutRequest",
            "Item"),
        doc(
            song("Songs About Life", "Acme Band", "Happy Day"),
            "BatchWriteItem",
            "input",
            "RequestItems",
            "Music",
            1,
            "PutRequest",
            "Item"),
        doc(
            song("Blue Sky Blues", "No One You Know", "Scared of My Shadow"),
            "BatchWriteItem",
            "input",
            "RequestItems",
            "Music",
            2,
            "PutRequest",
            "Item"),
        doc(
            Key.of("Artist", "No One You Know", "SongTitle", "Call Me Today"),
            "BatchGetItem",
            "input",
            "RequestItems",
            "Music",
            "Keys",
            0),
        doc(
            Key.of("Artist", "Acme Band", "SongTitle", "Happy Day"),
            "BatchGetItem",
            "input",
            "RequestItems",
            "Music",
            "Keys",
            1),
        doc(
            Key.of("Artist", "No One You Know", "SongTitle", "Scared of My Shadow"),
            "BatchGetItem",
            "input",
            "RequestItems",
            "Music",
            "Keys",
            2),
        doc(
            Item.of("AlbumTitle", "Somewhat Famous"),
            "BatchGetItem",
            "output",
            "Responses",
            "Music",
            0),
        doc(
            Item.of("AlbumTitle", "Blue Sky Blues"),
            "BatchGetItem",
            "output",
            "Responses",
            "Music",
            1),
        doc(
            Item.of("AlbumTitle", "Louder Than Ever"),
            "BatchGetItem",
            "output",
            "Responses",
            "Music",
            2),
        doc(Item.of(":v1", "No One You Know"), "Query", "input", "ExpressionAttributeValues"),
        doc(Item.of("SongTitle", "Call Me Today"), "Query", "output", "Items", 0),
        doc(Item.of(":a", "No One You Know"), "Scan", "input", "ExpressionAttributeValues"),
        doc(
            Item.of("AlbumTitle", "Somewhat Famous", "SongTitle", "Call Me Today"),
            "Scan",
            "output",
            "Items",
            0),
        doc(
            Item.of("AlbumTitle", "Blue Sky Blues", "SongTitle", "Scared of My Shadow"),
            "Scan",
            "output",
            "Items",
            1));
  }

  private static Item song(String album, String artist, String title) {
    return Item.of("AlbumTitle", album, "Artist", artist, "SongTitle", title);
  }

  private static Documented doc(AttributeMap built, Object... where) {
    Object[] path = new Object[where.length + 2];
    path[0] = "examples";
    path[1] = where[0];
    path[2] = 0; // the first (only) example of the operation
    System.arraycopy(where, 1, path, 3, where.length - 1);
    return new Documented(built, path);
  }
}
