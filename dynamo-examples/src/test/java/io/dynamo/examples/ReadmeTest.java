package io.dynamo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples are the examples' code: every {@code tag::x[]} region of {@link
 * Walkthrough}, {@link Recipes} and the orders recipe ({@link Order}, {@link OrdersRecipe}) appears
 * in the README under {@code <!-- snippet:x -->}, character for character, and the README shows no
 * snippet the walk-through lacks. ({@code scripts/update-readme-snippets} copies them over after a
 * change.)
 */
class ReadmeTest {
  private static final Path ROOT = Path.of(System.getProperty("dynamo.root", ".."));
  private static final Pattern TAG =
      Pattern.compile("// tag::([a-z-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL);
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet:([a-z-]+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

  static Map<String, String> regions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher m = TAG.matcher(source);
    while (m.find()) {
      regions.put(m.group(1), dedent(m.group(2)));
    }
    return regions;
  }

  static String dedent(String block) {
    String[] lines = block.split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent));
    }
    return String.join("\n", out);
  }

  @Test
  void everyExampleIsInTheReadmeVerbatim() throws IOException {
    Path examples = ROOT.resolve("dynamo-examples/src/main/java/io/dynamo/examples");
    String source =
        Files.readString(examples.resolve("Walkthrough.java"))
            + Files.readString(examples.resolve("Recipes.java"))
            + Files.readString(examples.resolve("Order.java"))
            + Files.readString(examples.resolve("OrdersRecipe.java"));
    String readme = Files.readString(ROOT.resolve("README.md"));
    Map<String, String> regions = regions(source);
    assertTrue(regions.size() >= 18, "found only " + regions.keySet());
    Map<String, String> snippets = new LinkedHashMap<>();
    Matcher m = SNIPPET.matcher(readme);
    while (m.find()) {
      snippets.put(m.group(1), m.group(2));
    }
    assertEquals(regions.keySet(), snippets.keySet(), "README snippets vs walk-through tags");
    for (Map.Entry<String, String> e : regions.entrySet()) {
      assertEquals(e.getValue(), snippets.get(e.getKey()), "README snippet " + e.getKey());
    }
  }
}
