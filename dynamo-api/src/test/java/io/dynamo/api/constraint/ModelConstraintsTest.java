package io.dynamo.api.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.Operation;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.CreateTableResponse;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.codegen.Generator;
import io.dynamo.codegen.Model;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The constraint tables against DynamoDB's model ({@code service-2.json}, read from dynamo-codegen
 * on the test class path): every generated structure, request and response has exactly the model's
 * members with their required flags, bounds, patterns and enum values, recursively through lists
 * and maps; and every operation has its request and response type.
 */
class ModelConstraintsTest {
  private static final Model MODEL = Model.dynamoDb();
  private static final String PKG = "io.dynamo.api.model.";

  @Test
  void everyGeneratedTypeHasExactlyTheModelsConstraints() throws Exception {
    Map<Class<?>, String> expected = generatedTypes();
    Set<Class<?>> tabled = new LinkedHashSet<>();
    for (ShapeConstraints s : ModelConstraints.all()) {
      assertTrue(tabled.add(s.type()), "twice: " + s.type());
    }
    assertEquals(expected.keySet(), tabled);
    int members = 0;
    for (Map.Entry<Class<?>, String> e : expected.entrySet()) {
      Class<?> type = e.getKey();
      Model.Shape shape = MODEL.shape(e.getValue());
      ShapeConstraints table = ModelConstraints.of(type).orElseThrow();
      assertEquals(shape.name(), table.shape(), type.getName());
      assertSame(type, table.type());
      assertEquals(
          List.copyOf(shape.members().keySet()),
          table.members().stream().map(MemberConstraints::name).toList(),
          type.getName());
      RecordComponent[] components = type.getRecordComponents();
      assertEquals(components.length, table.members().size(), type.getName());
      for (int i = 0; i < components.length; i++) {
        MemberConstraints m = table.members().get(i);
        String where = type.getSimpleName() + "." + m.name();
        assertEquals(components[i].getName(), m.javaName(), where);
        assertEquals(shape.required().contains(m.name()), m.required(), where);
        assertSame(m, table.member(m.name()).orElseThrow());
        sameAsModel(shape.members().get(m.name()).shape(), m.value(), where);
        members++;
      }
    }
    assertTrue(expected.size() > 200 && members > 700, expected.size() + " types, " + members);
  }

  @Test
  void everyOperationMapsToItsRequestAndResponse() throws Exception {
    List<OperationConstraints> operations = ModelConstraints.operations();
    assertEquals(58, operations.size());
    assertEquals(
        List.copyOf(MODEL.operations.keySet()),
        operations.stream().map(OperationConstraints::name).toList());
    for (Model.Operation op : MODEL.operations.values()) {
      OperationConstraints o = ModelConstraints.operation(op.name()).orElseThrow();
      assertSame(o, ModelConstraints.operation(Operation.named(op.name())).orElseThrow());
      Class<?> request = Class.forName(PKG + op.name() + "Request");
      Class<?> response =
          op.output() == null ? Void.class : Class.forName(PKG + op.name() + "Response");
      assertSame(request, o.requestType(), op.name());
      assertSame(response, o.responseType(), op.name());
      assertEquals(op.input(), o.inputShape(), op.name());
      assertEquals(op.output(), o.outputShape(), op.name());
      assertTrue(DynamoRequest.class.isAssignableFrom(request), op.name());
      assertTrue(o.request().isPresent(), op.name());
      assertEquals(op.output() != null, o.response().isPresent(), op.name());
      o.request().ifPresent(s -> assertEquals(op.input(), s.shape()));
      o.response().ifPresent(s -> assertEquals(op.output(), s.shape()));
    }
    OperationConstraints tag = ModelConstraints.operation("TagResource").orElseThrow();
    assertSame(TagResourceRequest.class, tag.requestType());
    assertSame(Void.class, tag.responseType());
    assertNull(tag.outputShape());
    assertFalse(ModelConstraints.operation("CreateTables").isPresent());
    assertFalse(ModelConstraints.operation(Operation.named("Frobnicate")).isPresent());
    assertFalse(ModelConstraints.of(String.class).isPresent());
  }

  @Test
  void theModelsPatternsAreJavaRegularExpressionsAndSharedBetweenShapes() {
    Set<String> patterns = new LinkedHashSet<>();
    for (ShapeConstraints s : ModelConstraints.all()) {
      for (MemberConstraints m : s.members()) {
        collectPatterns(m.value(), patterns);
      }
    }
    assertTrue(patterns.contains("[a-zA-Z0-9_.-]+"), patterns.toString());
    for (String p : patterns) {
      Pattern.compile(p);
    }
    ValueConstraints table =
        ModelConstraints.of(CreateTableRequest.class)
            .orElseThrow()
            .member("TableName")
            .orElseThrow()
            .value();
    ValueConstraints index =
        ModelConstraints.operation("DescribeContributorInsights")
            .flatMap(OperationConstraints::request)
            .orElseThrow()
            .member("TableName")
            .orElseThrow()
            .value();
    assertSame(table, index, "one model shape, one instance");
  }

  @Test
  void aValidatorFindsTheTableNameOfABuiltCreateTableWithinTheModelsBounds() {
    CreateTableRequest request =
        CreateTableRequest.builder()
            .table("users")
            .hashKey("id", io.dynamo.api.model.ScalarType.S)
            .billingMode(io.dynamo.api.model.BillingMode.PAY_PER_REQUEST)
            .tag("team", "core")
            .build();
    OperationConstraints create = ModelConstraints.operation(Operation.CREATE_TABLE).orElseThrow();
    assertSame(CreateTableResponse.class, create.responseType());
    ShapeConstraints shape = create.request().orElseThrow();
    assertSame(ModelConstraints.of(request.getClass()).orElseThrow(), shape);

    // the model's TableName of CreateTable is a TableArn (a name or an ARN), 1 to 1024 long with
    // no pattern; the client checks it with rules of its own, the table gives the model's
    MemberConstraints name = shape.member("TableName").orElseThrow();
    assertEquals("tableName", name.javaName());
    assertEquals("TableArn", name.value().shape());
    assertEquals(ValueKind.STRING, name.kind());
    assertSame(String.class, name.value().javaType());
    assertTrue(name.required());
    assertEquals(1L, name.min());
    assertEquals(1024L, name.max());
    assertNull(name.pattern());
    String value = (String) MiniValidator.read(request, name);
    assertEquals("users", value);
    assertTrue(value.length() >= name.min() && value.length() <= name.max());
    MemberConstraints restored =
        ModelConstraints.operation("RestoreTableFromBackup")
            .flatMap(OperationConstraints::request)
            .orElseThrow()
            .member("TargetTableName")
            .orElseThrow();
    assertEquals("TableName", restored.value().shape());
    assertEquals(List.of(3L, 255L), List.of(restored.min(), restored.max()));
    assertTrue(Pattern.matches(restored.pattern(), value));

    assertEquals(List.of(), MiniValidator.validate(request));
    CreateTableRequest bad =
        CreateTableRequest.builder()
            .tableName("")
            .billingMode(io.dynamo.api.model.BillingMode.of("FREE"))
            .tag("", "core")
            .build();
    assertEquals(
        List.of(
            "TableName: length 0 is outside 1 to 1024",
            "BillingMode: FREE is not one of [PROVISIONED, PAY_PER_REQUEST]",
            "Tags[0].Key: length 0 is outside 1 to 128"),
        MiniValidator.validate(bad));
    // the model requires only TableName of CreateTable
    assertEquals(
        List.of("TableName: is required"),
        MiniValidator.validate(CreateTableRequest.builder().build()));
  }

  // ---- the model side ------------------------------------------------------------------------

  /** The generated types, each with its model shape, as the generator makes them. */
  private static Map<Class<?>, String> generatedTypes() throws ClassNotFoundException {
    Map<Class<?>, String> types = new LinkedHashMap<>();
    Set<String> nested = new LinkedHashSet<>();
    for (Model.Operation op : MODEL.operations.values()) {
      if (op.input() != null) {
        types.put(Class.forName(PKG + op.name() + "Request"), op.input());
        reach(op.input(), nested, true);
      }
      if (op.output() != null) {
        types.put(Class.forName(PKG + op.name() + "Response"), op.output());
        reach(op.output(), nested, true);
      }
    }
    for (String shape : nested) {
      types.put(Class.forName(PKG + Generator.javaTypeOf(shape)), shape);
    }
    return types;
  }

  private static void reach(String name, Set<String> structures, boolean top) {
    Model.Shape s = MODEL.shape(name);
    if (javaTypeOfUnbound(name) == null) {
      return; // bound to the codec's types
    }
    if (s.type().equals("structure") && !top && !structures.add(name)) {
      return;
    }
    if (s.member() != null) {
      reach(s.member(), structures, false);
    }
    if (s.value() != null) {
      reach(s.value(), structures, false);
    }
    for (Model.Member m : s.members().values()) {
      reach(m.shape(), structures, false);
    }
  }

  /** The generated type of {@code shape}, or null if it is bound to one of the codec's. */
  private static String javaTypeOfUnbound(String shape) {
    String t = Generator.javaTypeOf(shape);
    return Set.of("AttributeValue", "Item", "Key", "Attributes").contains(t) ? null : t;
  }

  private static void sameAsModel(String name, ValueConstraints v, String where)
      throws ClassNotFoundException {
    Model.Shape s = MODEL.shape(name);
    where = where + " (" + name + ")";
    assertEquals(name, v.shape(), where);
    assertEquals(s.min() == null ? null : s.min().longValueExact(), v.min(), where);
    assertEquals(s.max() == null ? null : s.max().longValueExact(), v.max(), where);
    assertEquals(s.pattern(), v.pattern(), where);
    assertEquals(s.enumValues(), v.enumValues(), where);
    String bound = javaTypeOfUnbound(name) == null ? Generator.javaTypeOf(name) : null;
    ValueKind kind;
    Class<?> type;
    if (bound != null) {
      kind =
          switch (bound) {
            case "AttributeValue" -> ValueKind.ATTRIBUTE_VALUE;
            case "Attributes" -> ValueKind.MAP;
            default -> ValueKind.ITEM;
          };
      type =
          switch (bound) {
            case "AttributeValue" -> AttributeValue.class;
            case "Attributes" -> Map.class;
            case "Item" -> Item.class;
            default -> Key.class;
          };
    } else {
      kind =
          switch (s.type()) {
            case "string" -> s.isEnum() ? ValueKind.ENUM : ValueKind.STRING;
            case "integer", "long", "double" -> ValueKind.NUMBER;
            case "boolean" -> ValueKind.BOOLEAN;
            case "blob" -> ValueKind.BLOB;
            case "timestamp" -> ValueKind.TIMESTAMP;
            case "list" -> ValueKind.LIST;
            case "map" -> ValueKind.MAP;
            case "structure" -> ValueKind.STRUCTURE;
            default -> throw new AssertionError(s.type());
          };
      type =
          switch (s.type()) {
            case "string", "structure" ->
                s.type().equals("string") && !s.isEnum()
                    ? String.class
                    : Class.forName(PKG + Generator.javaTypeOf(name));
            case "integer" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "boolean" -> Boolean.class;
            case "blob" -> Bytes.class;
            case "timestamp" -> Instant.class;
            case "list" -> List.class;
            case "map" -> Map.class;
            default -> throw new AssertionError(s.type());
          };
    }
    assertEquals(kind, v.kind(), where);
    assertSame(type, v.javaType(), where);
    if (kind == ValueKind.STRUCTURE) {
      assertTrue(ModelConstraints.of(type).isPresent(), where);
    }
    if (kind == ValueKind.LIST) {
      sameAsModel(s.member(), v.element(), where + "[]");
      assertNull(v.key(), where);
    } else if (kind == ValueKind.MAP || kind == ValueKind.ITEM) {
      sameAsModel(s.key(), v.key(), where + " key");
      sameAsModel(s.value(), v.element(), where + " value");
    } else {
      assertNull(v.element(), where);
      assertNull(v.key(), where);
    }
  }

  private static void collectPatterns(ValueConstraints v, Set<String> patterns) {
    if (v == null) {
      return;
    }
    if (v.pattern() != null) {
      patterns.add(v.pattern());
    }
    collectPatterns(v.element(), patterns);
    collectPatterns(v.key(), patterns);
  }

  /**
   * What a consumer such as dynamo-validation builds on the tables, in a few lines: members read by
   * their record accessors (reflection is fine in a test, and is what Bean Validation does).
   */
  private static final class MiniValidator {
    static List<String> validate(Object value) {
      List<String> violations = new ArrayList<>();
      structure("", value, violations);
      return violations;
    }

    static Object read(Object owner, MemberConstraints m) {
      try {
        for (RecordComponent c : owner.getClass().getRecordComponents()) {
          if (c.getName().equals(m.javaName())) {
            return c.getAccessor().invoke(owner);
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      throw new AssertionError(m.javaName());
    }

    private static void structure(String path, Object value, List<String> violations) {
      ShapeConstraints shape = ModelConstraints.of(value.getClass()).orElseThrow();
      for (MemberConstraints m : shape.members()) {
        Object v = read(value, m);
        String at = path + m.name();
        boolean absent =
            v == null
                || v instanceof List<?> l && l.isEmpty()
                || v instanceof Map<?, ?> e && e.isEmpty();
        if (absent) {
          if (m.required()) {
            violations.add(at + ": is required");
          }
        } else {
          value(at, m.value(), v, violations);
        }
      }
    }

    private static void value(String at, ValueConstraints c, Object v, List<String> violations) {
      switch (c.kind()) {
        case STRING -> {
          String s = (String) v;
          bounds(at, "length", s.length(), c, violations);
          if (c.pattern() != null && !Pattern.matches(c.pattern(), s)) {
            violations.add(at + ": does not match " + c.pattern());
          }
        }
        case ENUM -> {
          String s = ((io.dynamo.api.model.DynamoEnum) v).value();
          if (!c.enumValues().contains(s)) {
            violations.add(at + ": " + s + " is not one of " + c.enumValues());
          }
        }
        case NUMBER -> bounds(at, "value", ((Number) v).longValue(), c, violations);
        case LIST -> {
          List<?> l = (List<?>) v;
          bounds(at, "size", l.size(), c, violations);
          for (int i = 0; i < l.size(); i++) {
            value(at + "[" + i + "]", c.element(), l.get(i), violations);
          }
        }
        case MAP -> {
          Map<?, ?> m = (Map<?, ?>) v;
          bounds(at, "size", m.size(), c, violations);
          for (Map.Entry<?, ?> e : m.entrySet()) {
            value(at + " key", c.key(), e.getKey(), violations);
            value(at + "." + e.getKey(), c.element(), e.getValue(), violations);
          }
        }
        case STRUCTURE -> structure(at + ".", v, violations);
        default -> {}
      }
    }

    private static void bounds(
        String at, String what, long n, ValueConstraints c, List<String> violations) {
      long min = c.min() == null ? Long.MIN_VALUE : c.min();
      long max = c.max() == null ? Long.MAX_VALUE : c.max();
      if (n < min || n > max) {
        violations.add(at + ": " + what + " " + n + " is outside " + c.min() + " to " + c.max());
      }
    }
  }
}
