package io.dynamo.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The processor as a user's build runs it: on sources on the class path, and on a module that
 * requires io.dynamo.mapper and opens nothing, on the module path; the generated code then runs
 * there (found by reflection here, in the test only).
 */
class ModulePathTest {
  static final String ORDER =
      "package shop;\n"
          + "import io.dynamo.mapper.*;\n"
          + "import java.math.BigDecimal;\n"
          + "import java.time.Instant;\n"
          + "import java.util.*;\n"
          + "@DynamoTable(\"orders\")\n"
          + "public record Order(@PartitionKey String id, @SortKey Instant createdAt,\n"
          + "    @IndexKey(\"byCustomer\") String customer, BigDecimal total,\n"
          + "    Set<String> tags, @Attribute(\"meta/source\") String source,\n"
          + "    List<Line> lines) {\n"
          + "  public record Line(String sku, int quantity) {}\n"
          + "}\n";

  static final String CHECK =
      "package shop;\n"
          + "import io.dynamo.codec.Item;\n"
          + "import java.math.BigDecimal;\n"
          + "import java.time.Instant;\n"
          + "import java.util.*;\n"
          + "public final class Check {\n"
          + "  private Check() {}\n"
          + "  public static String run() {\n"
          + "    Order o = new Order(\"o-1\", Instant.EPOCH, \"c-1\", new BigDecimal(\"12.5\"),\n"
          + "        Set.of(), \"web\", List.of(new Order.Line(\"A\", 2)));\n"
          + "    Item item = OrderSchema.CODEC.toItem(o);\n"
          + "    if (!OrderSchema.CODEC.fromItem(item).equals(o)) {\n"
          + "      throw new AssertionError(item.toString());\n"
          + "    }\n"
          + "    return item + \" \" + OrderSchema.key(\"o-1\", Instant.EPOCH)\n"
          + "        + \" \" + OrderSchema.SOURCE.eq(\"web\")\n"
          + "        + \" \" + OrderSchema.SCHEMA.createTable().build().globalSecondaryIndexes().size();\n"
          + "  }\n"
          + "}\n";

  static final String EXPECTED =
      "{\"id\":{\"S\":\"o-1\"},\"createdAt\":{\"S\":\"1970-01-01T00:00:00.000000000Z\"},"
          + "\"customer\":{\"S\":\"c-1\"},\"total\":{\"N\":\"12.5\"},\"meta/source\":{\"S\":\"web\"},"
          + "\"lines\":{\"L\":[{\"M\":{\"sku\":{\"S\":\"A\"},\"quantity\":{\"N\":\"2\"}}}]}}"
          + " {\"id\":{\"S\":\"o-1\"},\"createdAt\":{\"S\":\"1970-01-01T00:00:00.000000000Z\"}}"
          + " meta/source = \"web\" 1";

  @Test
  void onTheClassPath() throws Exception {
    Compilation c =
        Compilation.of(Map.of("shop/Order.java", ORDER, "shop/Check.java", CHECK), false);
    assertTrue(c.success, c.toString());
    assertEquals(List.of("shop/OrderSchema.java"), c.generatedFiles());
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {c.classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertEquals(EXPECTED, loader.loadClass("shop.Check").getMethod("run").invoke(null));
    }
  }

  @Test
  void onTheModulePathWithNothingOpened() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "module-info.java",
        "module shop {\n  requires transitive io.dynamo.mapper;\n  exports shop;\n}\n");
    files.put("shop/Order.java", ORDER);
    files.put("shop/Check.java", CHECK);
    Compilation c = Compilation.of(files, true);
    assertTrue(c.success, c.toString());
    assertEquals(List.of("shop/OrderSchema.java"), c.generatedFiles());
    assertTrue(!c.generatedSource("shop/OrderSchema.java").contains("reflect"));

    ModuleLayer boot = ModuleLayer.boot();
    Configuration config =
        boot.configuration().resolve(ModuleFinder.of(c.classes), ModuleFinder.of(), Set.of("shop"));
    ModuleLayer layer = boot.defineModulesWithOneLoader(config, getClass().getClassLoader());
    Module shop = layer.findModule("shop").orElseThrow();
    assertEquals(Set.of(), shop.getDescriptor().opens());
    assertEquals(
        EXPECTED, layer.findLoader("shop").loadClass("shop.Check").getMethod("run").invoke(null));
  }
}
