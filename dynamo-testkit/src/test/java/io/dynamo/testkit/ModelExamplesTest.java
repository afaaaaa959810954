package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** AWS's own examples for DynamoDB (examples-1.json, shipped next to the model) all pass. */
class ModelExamplesTest {
  private static final ModelChecker MODEL = ModelChecker.dynamoDb();
  private static final Pattern QUOTED_TIMESTAMP =
      Pattern.compile("\\(timestamp\\) but found the string '[0-9]+(\\.[0-9]+)?'");

  record Example(String operation, String id, String input, String output) {}

  @TestFactory
  Stream<DynamicTest> everyExampleInputAndOutputIsValid() throws IOException {
    return examples().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.operation() + " " + e.id(),
                    () -> {
                      MODEL.assertValidInput(e.operation(), e.input());
                      if (e.output() != null) {
                        List<Violation> output =
                            MODEL.validateOutput(e.operation(), e.output()).stream()
                                .filter(v -> !isQuotedTimestamp(v))
                                .toList();
                        assertEquals(List.of(), output, e.output());
                      }
                    }));
  }

  /**
   * The examples file writes three timestamps as quoted numbers ({@code "1421866952.062"});
   * DynamoDB sends numbers, and the checker holds responses to that.
   */
  private static boolean isQuotedTimestamp(Violation v) {
    return v.rule() == Violation.Rule.TYPE && QUOTED_TIMESTAMP.matcher(v.message()).find();
  }

  @Test
  void theExamplesCoverTheCoreOperations() throws IOException {
    List<String> operations = examples().stream().map(Example::operation).distinct().toList();

    assertEquals(14, operations.size(), operations::toString);
    assertTrue(operations.containsAll(List.of("PutItem", "Query", "UpdateItem", "BatchWriteItem")));
  }

  static List<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    try (InputStream in = ModelExamplesTest.class.getResourceAsStream("examples-1.json");
        JsonParser p = json.createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (!field.equals("examples")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String operation = p.currentName();
          p.nextToken();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            examples.add(example(json, p, operation));
          }
        }
      }
    }
    return examples;
  }

  private static Example example(JsonFactory json, JsonParser p, String operation)
      throws IOException {
    String id = "";
    String input = null;
    String output = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "input" -> input = copy(json, p);
        case "output" -> output = copy(json, p);
        default -> p.skipChildren();
      }
    }
    return new Example(operation, id, input, output);
  }

  private static String copy(JsonFactory json, JsonParser p) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = json.createGenerator(out)) {
      g.copyCurrentStructure(p);
    }
    return out.toString();
  }
}
