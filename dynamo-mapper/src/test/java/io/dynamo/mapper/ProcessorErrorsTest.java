package io.dynamo.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Records the mapper cannot map fail to compile, with an error on the element at fault that says
 * what to do, and nothing is generated for them.
 */
class ProcessorErrorsTest {
  private static final String IMPORTS =
      "package shop;\n"
          + "import io.dynamo.mapper.*;\n"
          + "import java.util.*;\n"
          + "import java.math.BigDecimal;\n"
          + "import java.time.Instant;\n";

  /**
   * Compiles {@code body} (after the imports), expects exactly one error, on the line holding
   * {@code at}, whose message contains every one of {@code fragments}.
   */
  private static void assertError(String body, String at, String... fragments) {
    String source = IMPORTS + body;
    Compilation c = Compilation.of(Map.of("shop/Bad.java", source), false);
    assertFalse(c.success, "compiled: " + source);
    List<Diagnostic<? extends JavaFileObject>> errors = c.errors();
    assertEquals(1, errors.size(), c.toString());
    Diagnostic<? extends JavaFileObject> e = errors.get(0);
    String message = e.getMessage(null);
    for (String fragment : fragments) {
      assertTrue(message.contains(fragment), "'" + fragment + "' in: " + message);
    }
    String[] lines = source.split("\n", -1);
    assertTrue(
        lines[(int) e.getLineNumber() - 1].contains(at),
        "error on line "
            + e.getLineNumber()
            + " ("
            + lines[(int) e.getLineNumber() - 1]
            + "), not on "
            + at);
    assertEquals(List.of(), c.generatedFiles(), "nothing generated");
  }

  @Test
  void twoPartitionKeys() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           @PartitionKey String other) {}\n",
        "String other",
        "two partition keys, id and other",
        "keep @PartitionKey on one");
  }

  @Test
  void noPartitionKey() {
    assertError(
        "@DynamoTable(\"orders\")\nrecord Bad(String id) {}\n",
        "record Bad",
        "Bad has no partition key",
        "@PartitionKey");
  }

  @Test
  void twoSortKeys() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id, @SortKey Instant a,\n"
            + "           @SortKey Instant b) {}\n",
        "Instant b",
        "two sort keys, a and b");
  }

  @Test
  void aKeyOfATypeDynamoDbCannotKeyOn() {
    assertError(
        "@DynamoTable(\"orders\")\nrecord Bad(@PartitionKey boolean id) {}\n",
        "boolean id",
        "id is the partition key but is of type boolean, which DynamoDB cannot key on",
        "use String, a number type, byte[]");
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           @SortKey Set<String> tags) {}\n",
        "Set<String> tags",
        "tags is the sort key but is of type java.util.Set<java.lang.String>");
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           @IndexKey(\"byWhen\") Optional<Instant> when) {}\n",
        "Optional<Instant> when",
        "key of index byWhen");
  }

  @Test
  void anUnsupportedTypeWithoutACodec() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           Money total) {}\n"
            + "final class Money {}\n",
        "Money total",
        "Bad.total: shop.Money has no built-in codec",
        "@WithCodec(YourCodec.class)",
        "@RegistryCodec");
  }

  @Test
  void aSetOfSomethingNotAStringNumberOrBinary() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           Set<Line> lines) {}\n"
            + "record Line(String sku) {}\n",
        "Set<Line> lines",
        "a Set is stored as SS, NS or BS",
        "use a List");
  }

  @Test
  void aMapWithoutStringKeys() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           Map<Integer, String> byNumber) {}\n",
        "byNumber",
        "DynamoDB maps (M) have string keys");
  }

  @Test
  void anUnsupportedTypeInsideANestedRecord() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id, Line line) {}\n"
            + "record Line(String sku,\n"
            + "            Thread owner) {}\n",
        "Thread owner",
        "Line.owner: java.lang.Thread has no built-in codec");
  }

  @Test
  void twoComponentsWithOneAttributeName() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id, String name,\n"
            + "           @Attribute(\"name\") String label) {}\n",
        "String label",
        "are both stored as attribute \"name\"");
  }

  @Test
  void aTableThatIsNotARecord() {
    assertError(
        "@DynamoTable(\"orders\")\nfinal class Bad {}\n",
        "class Bad",
        "@DynamoTable maps records: make Bad a record");
  }

  @Test
  void aLocalIndexOnATableWithoutASortKey() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           @IndexSortKey(\"byTotal\") BigDecimal total) {}\n",
        "BigDecimal total",
        "index byTotal has no @IndexKey, so it is a local index, which needs a table with a sort key");
  }

  @Test
  void aCodecOfAnotherType() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           @WithCodec(Text.class) Money total) {}\n"
            + "record Money(BigDecimal amount) {}\n"
            + "final class Text implements io.dynamo.codec.AttributeCodec<String> {\n"
            + "  public io.dynamo.codec.AttributeValue encode(String s) {"
            + " return io.dynamo.codec.AttributeValue.s(s); }\n"
            + "  public String decode(io.dynamo.codec.AttributeValue v) { return null; }\n"
            + "}\n",
        "Money total",
        "Text must implement AttributeCodec<shop.Money>");
  }

  @Test
  void aTableNameDynamoDbRejects() {
    assertError(
        "@DynamoTable(\"my orders\")\nrecord Bad(@PartitionKey String id) {}\n",
        "record Bad",
        "table name \"my orders\" is not one DynamoDB takes");
  }

  @Test
  void aNestedRecordTheGeneratedCodeCannotSee() {
    String source =
        IMPORTS
            + "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           other.Line line) {}\n";
    Compilation c =
        Compilation.of(
            Map.of(
                "shop/Bad.java",
                source,
                "other/Line.java",
                "package other;\npublic record Line(Hidden detail) {}\n",
                "other/Hidden.java",
                "package other;\nrecord Hidden(String x) {}\n"),
            false);
    assertFalse(c.success);
    assertTrue(
        c.toString()
            .contains(
                "record Hidden is not public and is in another package (other): make it public"),
        c.toString());
  }

  @Test
  void aGenericNestedRecord() {
    assertError(
        "@DynamoTable(\"orders\")\n"
            + "record Bad(@PartitionKey String id,\n"
            + "           Box<String> box) {}\n"
            + "record Box<T>(T value) {}\n",
        "Box<String> box",
        "generic record Box cannot be mapped");
  }
}
