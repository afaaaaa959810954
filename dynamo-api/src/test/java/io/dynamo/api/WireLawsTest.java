package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.json.Specs;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ReturnConsumedCapacity;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.DynamoJson;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.testkit.ModelChecker;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Laws of the wire format, for arbitrary items and names: what DynamoDB sends is read back to the
 * same item, every request the builders accept is valid for the API model, the table name rule is
 * the model's, and {@code toBuilder().build()} changes nothing.
 */
class WireLawsTest {
  private static final int EXAMPLES = 300;
  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  private static Gen<String> text(int min, int max) {
    Gen<Integer> codePoint =
        Generate.frequency(
            Pair.of(4, Generate.range(0x20, 0x7e)),
            Pair.of(1, Generate.range(0x1, 0x1f)),
            Pair.of(1, Generate.range(0xa0, 0xd7ff)),
            Pair.of(1, Generate.range(0x1f600, 0x1f64f)));
    return SourceDSL.lists()
        .of(codePoint)
        .ofSizeBetween(min, max)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  private static Gen<String> names() {
    return Generate.oneOf(
        Generate.pick(List.of("user/id", "name", "status", "a.b", "tags[1]", "#x", ":v", "id")),
        text(1, 12));
  }

  private static Gen<AttributeValue> scalar() {
    return Generate.oneOf(
        text(0, 20).map(AttributeValue::s),
        SourceDSL.longs().all().map(AttributeValue::n),
        SourceDSL.integers().between(-999, 999).map(i -> AttributeValue.n(i + ".5E" + (i % 40))),
        SourceDSL.booleans().all().map(AttributeValue::bool),
        Generate.constant(AttributeValue.nul()),
        SourceDSL.lists()
            .of(text(0, 5))
            .ofSizeBetween(1, 4)
            .map(l -> AttributeValue.ss(new java.util.LinkedHashSet<>(l))),
        SourceDSL.lists()
            .of(SourceDSL.integers().all())
            .ofSizeBetween(1, 4)
            .map(
                l ->
                    AttributeValue.ns(
                        new java.util.LinkedHashSet<Number>(l).toArray(new Number[0]))),
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, 255))
            .ofSizeBetween(0, 6)
            .map(
                l -> {
                  byte[] b = new byte[l.size()];
                  for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (int) l.get(i);
                  }
                  return AttributeValue.b(b);
                }));
  }

  private static Gen<AttributeValue> value() {
    Gen<AttributeValue> list =
        SourceDSL.lists()
            .of(scalar())
            .ofSizeBetween(0, 3)
            .map(l -> (AttributeValue) AttributeValue.l(l));
    Gen<AttributeValue> map = attributes(scalar(), 3).map(AttributeValue::m);
    return Generate.frequency(Pair.of(6, scalar()), Pair.of(1, list), Pair.of(1, map));
  }

  private static Gen<Map<String, AttributeValue>> attributes(Gen<AttributeValue> values, int max) {
    return SourceDSL.lists()
        .of(names().zip(values, Pair::of))
        .ofSizeBetween(0, max)
        .map(
            pairs -> {
              Map<String, AttributeValue> m = new LinkedHashMap<>();
              pairs.forEach(p -> m.put(p._1, p._2));
              return m;
            });
  }

  private static Gen<Item> items() {
    return attributes(value(), 6)
        .map(
            m -> {
              Map<String, AttributeValue> withKey = new LinkedHashMap<>();
              withKey.put("pk", AttributeValue.s("k"));
              withKey.putAll(m);
              return Item.from(withKey);
            });
  }

  @Test
  void anItemDynamoDbSendsIsReadBackAsItWas() {
    FakeTransport t = FakeTransport.create();
    DynamoClient db = t.client();
    qt().withExamples(EXAMPLES)
        .forAll(items())
        .checkAssert(
            item -> {
              t.respond("{\"Item\":" + DynamoJson.writeItem(item.attributes()) + "}");
              assertEquals(item, db.getItem("users", Key.of("pk", "k")).item());
            });
  }

  @Test
  void everyPutTheBuilderAcceptsIsValidForTheModel() {
    qt().withExamples(EXAMPLES)
        .forAll(items(), names(), text(1, 10))
        .checkAssert(
            (item, attribute, value) -> {
              PutItemRequest request =
                  PutItemRequest.builder()
                      .table("users")
                      .item(item)
                      .condition("#a <> :v")
                      .names(Map.of("#a", attribute))
                      .values(Map.of(":v", value))
                      .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                      .build();
              String json = write(request);
              assertEquals(List.of(), ModelChecker.dynamoDb().validateInput("PutItem", json), json);
              assertEquals(item.attributes(), DynamoJson.readItem(itemOf(json)));
            });
  }

  @Test
  void tableNamesAreAcceptedExactlyWhenTheModelsPatternAllowsThem() {
    Gen<String> candidates =
        Generate.oneOf(
            text(0, 8),
            SourceDSL.strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 260),
            SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 6));
    qt().withExamples(EXAMPLES * 3)
        .forAll(candidates)
        .checkAssert(
            name -> {
              io.dynamo.api.model.DescribeTableRequest request =
                  io.dynamo.api.model.DescribeTableRequest.of(name);
              if (TABLE_NAME.matcher(name).matches()) {
                assertEquals("{\"TableName\":\"" + name + "\"}", write(request));
              } else if (!name.startsWith("arn:")) {
                assertThrows(InvalidRequestException.class, () -> write(request));
              }
            });
  }

  @Test
  void toBuilderThenBuildGivesAnEqualRequest() {
    qt().withExamples(EXAMPLES)
        .forAll(
            names(), SourceDSL.integers().between(1, 1000), SourceDSL.booleans().all(), text(0, 10))
        .checkAssert(
            (attribute, limit, forward, value) -> {
              QueryRequest q =
                  QueryRequest.builder()
                      .table("users")
                      .keyCondition("#k = :k")
                      .names(Map.of("#k", "pk"))
                      .values(Map.of(":k", value))
                      .project(io.dynamo.api.expr.Path.name(attribute))
                      .limit(limit)
                      .scanIndexForward(forward)
                      .codecs(CodecRegistry.defaults())
                      .build();
              assertEquals(q, q.toBuilder().build());
              assertEquals(write(q), write(q.toBuilder().build()));
            });
  }

  private static String write(PutItemRequest request) {
    try {
      return new String(Specs.of(request).write(request), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String write(io.dynamo.api.model.DescribeTableRequest request) {
    try {
      return new String(
          io.dynamo.api.internal.json.DescribeTableRequestJson.SPEC.write(request),
          StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String write(QueryRequest request) {
    try {
      return new String(Specs.of(request).write(request), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The Item member of a PutItem body, written in the model's order: before ReturnConsumedCapacity.
   */
  private static String itemOf(String json) {
    int start = json.indexOf("\"Item\":") + "\"Item\":".length();
    int end = json.indexOf(",\"ReturnConsumedCapacity\"");
    return json.substring(start, end);
  }
}
