package io.dynamo.codegen;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator reads besides the model ({@code customizations.json}): the operations still
 * written by hand, shapes bound to the codec's types, Java names that differ from the model's, and
 * members written by hand that are spliced into a generated type ({@code custom/<Type>.java}).
 */
final class Customizations {
  final Map<String, String> bound = new LinkedHashMap<>();
  final Map<String, String> typeNames = new LinkedHashMap<>();

  /**
   * Per operation, a static method ({@code package.Class.method}) that checks the rules DynamoDB
   * applies to its request beyond the model's; the request's spec calls it once the request is
   * written, before it is sent.
   */
  final Map<String, String> rules = new LinkedHashMap<>();

  /**
   * Per string shape, a static method ({@code package.Class.method(field, value)}) that checks it
   * in place of the model's length and pattern, with messages that say the rule in words.
   */
  final Map<String, String> shapeRules = new LinkedHashMap<>();

  /**
   * Per generated type, the builder mixins ({@code custom/mixins/<Name>.java}) spliced into its
   * builder, in order; with {@code Names}, the builder renders its expressions when built.
   */
  final Map<String, List<String>> mixins = new LinkedHashMap<>();

  /** Per member name, a shorter builder method every builder with that member also has. */
  final Map<String, String> aliases = new LinkedHashMap<>();

  /** Paged operations: input token, output token and the member holding each page's results. */
  final Map<String, List<String>> paginators = new LinkedHashMap<>();

  /** The model's waiters ({@code waiters-2.json}) but those written by hand, by name, as read. */
  final Map<String, Map<String, Object>> waiters = new LinkedHashMap<>();

  /** The waiters written by hand, with the methods that replace them. */
  final Map<String, String> handWrittenWaiters = new LinkedHashMap<>();

  static Customizations load() {
    String text = Generator.resource("customizations.json");
    Map<String, Object> json =
        JsonTree.object(
            JsonTree.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    Customizations c = new Customizations();
    JsonTree.object(json.get("boundShapes")).forEach((k, v) -> c.bound.put(k, (String) v));
    JsonTree.object(json.get("typeNames")).forEach((k, v) -> c.typeNames.put(k, (String) v));
    JsonTree.object(json.get("shapeRules"))
        .forEach(
            (k, v) -> {
              if (!k.startsWith("_")) {
                c.shapeRules.put(k, (String) v);
              }
            });
    JsonTree.object(json.get("builderMixins"))
        .forEach(
            (k, v) -> {
              if (!k.startsWith("_")) {
                List<String> names = new ArrayList<>();
                JsonTree.list(v).forEach(n -> names.add((String) n));
                c.mixins.put(k, names);
              }
            });
    JsonTree.object(json.get("builderAliases")).forEach((k, v) -> c.aliases.put(k, (String) v));
    JsonTree.object(json.get("requestRules"))
        .forEach(
            (k, v) -> {
              if (!k.startsWith("_")) {
                c.rules.put(k, (String) v);
              }
            });
    String model = Generator.resource("model/paginators-1.json");
    Map<String, Object> pages =
        new LinkedHashMap<>(
            JsonTree.object(
                JsonTree.object(
                        JsonTree.read(
                            new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8))))
                    .get("pagination")));
    pages.putAll(JsonTree.object(json.get("paginators")));
    pages.forEach(
        (op, v) -> {
          if (!op.startsWith("_")) {
            Map<String, Object> p = JsonTree.object(v);
            Object result = p.get("result_key");
            String first = result instanceof List<?> l ? (String) l.get(0) : (String) result;
            c.paginators.put(
                op, List.of((String) p.get("input_token"), (String) p.get("output_token"), first));
          }
        });
    JsonTree.object(json.get("handWrittenWaiters"))
        .forEach(
            (k, v) -> {
              if (!k.startsWith("_")) {
                c.handWrittenWaiters.put(k, (String) v);
              }
            });
    String waiters = Generator.resource("model/waiters-2.json");
    JsonTree.object(
            JsonTree.object(
                    JsonTree.read(
                        new ByteArrayInputStream(waiters.getBytes(StandardCharsets.UTF_8))))
                .get("waiters"))
        .forEach(
            (name, w) -> {
              if (!c.handWrittenWaiters.containsKey(name)) {
                c.waiters.put(name, JsonTree.object(w));
              }
            });
    return c;
  }

  /** The hand-written members for type {@code t}, or null; its imports are left out. */
  String splice(String t) {
    String text = Generator.resource("custom/" + t + ".java");
    if (text == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("import ") && !line.startsWith("package ") && !line.startsWith("//")) {
        b.append(line).append('\n');
      }
    }
    String body = b.toString().replaceFirst("^(\\s*\\n)+", "").stripTrailing();
    return body.isBlank() ? null : "\n" + body + "\n";
  }

  /** The imports the hand-written members of {@code t} need. */
  List<String> spliceImports(String t) {
    String text = Generator.resource("custom/" + t + ".java");
    List<String> imports = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\n")) {
        if (line.startsWith("import ")) {
          imports.add(line.substring(7, line.indexOf(';')).trim());
        }
      }
    }
    return imports;
  }
}
