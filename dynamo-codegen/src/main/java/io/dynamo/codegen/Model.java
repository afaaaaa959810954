package io.dynamo.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DynamoDB's service model ({@code service-2.json}) as the generator needs it. */
public final class Model {
  /** One shape: a structure, list, map, enum or scalar, with its constraints. */
  public record Shape(
      String name,
      String type,
      String doc,
      Map<String, Member> members,
      Set<String> required,
      String member,
      String key,
      String value,
      List<String> enumValues,
      BigDecimal min,
      BigDecimal max,
      String pattern) {

    public boolean isEnum() {
      return type.equals("string") && !enumValues.isEmpty();
    }
  }

  /** A member of a structure: its wire name, target shape and documentation. */
  public record Member(String name, String shape, String doc) {}

  /** An operation: its input and output shapes (either may be null) and documentation. */
  public record Operation(String name, String input, String output, String doc) {}

  public final Map<String, Shape> shapes = new LinkedHashMap<>();
  public final Map<String, Operation> operations = new LinkedHashMap<>();

  /** Members filled with a random token when left out, as {@code Shape.Member}. */
  public final Set<String> idempotencyTokens = new LinkedHashSet<>();

  public static Model dynamoDb() {
    try (InputStream in = Model.class.getResourceAsStream("model/service-2.json")) {
      if (in == null) {
        throw new IllegalStateException("model/service-2.json is not on the class path");
      }
      return new Model(JsonTree.object(JsonTree.read(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Model(Map<String, Object> json) {
    JsonTree.object(json.get("operations"))
        .forEach(
            (name, o) -> {
              Map<String, Object> op = JsonTree.object(o);
              operations.put(
                  name,
                  new Operation(
                      name,
                      shapeRef(op.get("input")),
                      shapeRef(op.get("output")),
                      (String) op.get("documentation")));
            });
    JsonTree.object(json.get("shapes"))
        .forEach((name, s) -> shapes.put(name, shape(name, JsonTree.object(s))));
    JsonTree.object(json.get("shapes"))
        .forEach(
            (name, s) ->
                JsonTree.object(JsonTree.object(s).get("members"))
                    .forEach(
                        (m, v) -> {
                          if (Boolean.TRUE.equals(JsonTree.object(v).get("idempotencyToken"))) {
                            idempotencyTokens.add(name + "." + m);
                          }
                        }));
  }

  private static String shapeRef(Object ref) {
    return ref == null ? null : (String) JsonTree.object(ref).get("shape");
  }

  private static Shape shape(String name, Map<String, Object> s) {
    Map<String, Member> members = new LinkedHashMap<>();
    JsonTree.object(s.get("members"))
        .forEach(
            (m, v) -> {
              Map<String, Object> mv = JsonTree.object(v);
              members.put(
                  m, new Member(m, (String) mv.get("shape"), (String) mv.get("documentation")));
            });
    Set<String> required = new LinkedHashSet<>();
    for (Object r : JsonTree.list(s.get("required"))) {
      required.add((String) r);
    }
    List<String> enums = new ArrayList<>();
    for (Object e : JsonTree.list(s.get("enum"))) {
      enums.add((String) e);
    }
    return new Shape(
        name,
        (String) s.get("type"),
        (String) s.get("documentation"),
        members,
        required,
        shapeRef(s.get("member")),
        shapeRef(s.get("key")),
        shapeRef(s.get("value")),
        enums,
        (BigDecimal) s.get("min"),
        (BigDecimal) s.get("max"),
        (String) s.get("pattern"));
  }

  public Shape shape(String name) {
    Shape s = shapes.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no shape " + name);
    }
    return s;
  }

  /** Every shape reachable from the inputs and outputs of {@code ops}, in a stable order. */
  Set<String> reachable(Iterable<String> ops) {
    Set<String> seen = new LinkedHashSet<>();
    for (String op : ops) {
      Operation o = operations.get(op);
      if (o.input() != null) {
        walk(o.input(), seen);
      }
      if (o.output() != null) {
        walk(o.output(), seen);
      }
    }
    return seen;
  }

  private void walk(String name, Set<String> seen) {
    if (!seen.add(name)) {
      return;
    }
    Shape s = shape(name);
    if (s.member() != null) {
      walk(s.member(), seen);
    }
    if (s.key() != null) {
      walk(s.key(), seen);
    }
    if (s.value() != null) {
      walk(s.value(), seen);
    }
    for (Member m : s.members().values()) {
      walk(m.shape(), seen);
    }
  }
}
