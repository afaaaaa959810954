package io.dynamo.codegen;

import io.dynamo.codegen.Generator.Imports;
import io.dynamo.codegen.Generator.Kind;
import io.dynamo.codegen.Model.Member;
import io.dynamo.codegen.Model.Operation;
import io.dynamo.codegen.Model.Shape;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code io.dynamo.api.constraint.ConstraintData}: the model's constraints of every
 * generated structure, request and response (members, required, min, max, pattern, enum values) and
 * the request and response type of every operation, as a few text tables that {@code
 * ModelConstraints} decodes once, the first time it is used.
 *
 * <p>Text keeps the jar small where one constructor call per member would not: each value shape (a
 * member's target, a list's element, a map's key and value) is one row, shared by every member that
 * has it, and each pattern is written once. The Java types are class literals, found by index.
 *
 * <p>There are no accessor functions per member: a switch calling every record accessor would add
 * more to the jar than all the rest (about 16 KB compressed), and Bean Validation reads records by
 * itself; a validator finds the accessor by {@code MemberConstraints.javaName()}.
 */
final class ConstraintTable {
  static final String PKG = "io.dynamo.api.constraint";
  static final String CLASS = "ConstraintData";

  /** A text constant stays well below the class file's 65535 bytes. */
  private static final int CHUNK = 48_000;

  private final Generator g;
  private final Model model;
  private final Imports imports = new Imports(PKG);

  /** The Java types, by the name they are written with, with their indexes. */
  private final Map<String, Integer> types = new LinkedHashMap<>();

  private final Map<String, Integer> patterns = new LinkedHashMap<>();
  private final Map<String, Integer> values = new LinkedHashMap<>();
  private final List<String> valueRows = new ArrayList<>();
  private final List<String> shapeRows = new ArrayList<>();
  private final List<String> operationRows = new ArrayList<>();

  private ConstraintTable(Generator g, Model model) {
    this.g = g;
    this.model = model;
  }

  /**
   * Adds the table of {@code generated} (the structures and enums generated as they are) and of the
   * requests and responses of {@code operations} (the generated ones) to {@code files}.
   */
  static void write(
      Generator g,
      Model model,
      Set<String> generated,
      List<Operation> operations,
      Map<String, String> files) {
    ConstraintTable t = new ConstraintTable(g, model);
    Map<String, Shape> structures = new LinkedHashMap<>();
    for (String name : generated) {
      if (model.shape(name).type().equals("structure")) {
        structures.put(g.typeName(name), model.shape(name));
      }
    }
    for (Operation o : operations) {
      if (o.input() != null) {
        structures.put(o.name() + "Request", model.shape(o.input()));
      }
      if (o.output() != null) {
        structures.put(o.name() + "Response", model.shape(o.output()));
      }
    }
    // the structures come first among the types: row i of SHAPES is TYPES[i]
    structures.keySet().forEach(type -> t.type(Generator.MODEL + "." + type));
    structures.forEach((type, shape) -> t.structure(shape, type));
    for (Operation o : model.operations.values()) {
      t.operation(o);
    }
    files.put(PKG.replace('.', '/') + "/" + CLASS + ".java", t.render());
  }

  // ---- rows ----------------------------------------------------------------------------------

  /**
   * {@code shape members...}, each member {@code [!]Name=value[=javaName]} ({@code !}: required).
   */
  private void structure(Shape s, String type) {
    if (types.get(Generator.MODEL + "." + type) != shapeRows.size()) {
      throw new IllegalStateException(type + " is not the next structure");
    }
    StringBuilder row = new StringBuilder(plain(s.name()));
    for (Member m : s.members().values()) {
      String java = Names.member(plain(m.name()));
      row.append(' ').append(s.required().contains(m.name()) ? "!" : "");
      row.append(m.name()).append('=').append(value(m.shape()));
      if (!java.equals(decapitalize(m.name()))) {
        row.append('=').append(java);
      }
    }
    shapeRows.add(row.toString());
  }

  /** {@code name request inputShape response outputShape}, {@code -} for no output shape. */
  private void operation(Operation o) {
    String request = Generator.MODEL + "." + o.name() + "Request";
    String response = o.output() == null ? "Void" : Generator.MODEL + "." + o.name() + "Response";
    operationRows.add(
        String.join(
            " ",
            o.name(),
            String.valueOf(type(request)),
            o.input() == null ? "-" : o.input(),
            String.valueOf(type(response)),
            o.output() == null ? "-" : o.output()));
  }

  /**
   * The row of a value shape, added after those of its element and key: {@code shape kind type min
   * max pattern enumValues element key}, {@code -} for none.
   */
  private int value(String shape) {
    Integer known = values.get(shape);
    if (known != null) {
      return known;
    }
    Shape s = model.shape(shape);
    Kind k = g.kind(shape);
    String element = "-";
    String key = "-";
    String kind;
    String type;
    switch (k) {
      case STRING -> {
        kind = "s";
        type = "String";
      }
      case ENUM -> {
        kind = "e";
        type = Generator.MODEL + "." + g.typeName(shape);
      }
      case BOOLEAN -> {
        kind = "b";
        type = "Boolean";
      }
      case INTEGER -> {
        kind = "n";
        type = "Integer";
      }
      case LONG -> {
        kind = "n";
        type = "Long";
      }
      case DOUBLE -> {
        kind = "n";
        type = "Double";
      }
      case TIMESTAMP -> {
        kind = "t";
        type = "java.time.Instant";
      }
      case BLOB -> {
        kind = "x";
        type = "io.dynamo.codec.Bytes";
      }
      case STRUCTURE -> {
        kind = "o";
        type = Generator.MODEL + "." + g.typeName(shape);
      }
      case LIST -> {
        kind = "l";
        type = "java.util.List";
        element = String.valueOf(value(s.member()));
      }
      case MAP, ATTRIBUTES -> {
        kind = "m";
        type = "java.util.Map";
        key = String.valueOf(value(s.key()));
        element = String.valueOf(value(s.value()));
      }
      case ITEM, KEY -> {
        kind = "i";
        type = "io.dynamo.codec." + (k == Kind.ITEM ? "Item" : "Key");
        key = String.valueOf(value(s.key()));
        element = String.valueOf(value(s.value()));
      }
      case ATTRIBUTE_VALUE -> {
        kind = "v";
        type = "io.dynamo.codec.AttributeValue";
      }
      default -> throw new IllegalStateException(shape + ": " + k);
    }
    String row =
        String.join(
            " ",
            plain(shape),
            kind,
            String.valueOf(type(type)),
            number(s.min()),
            number(s.max()),
            s.pattern() == null
                ? "-"
                : String.valueOf(patterns.computeIfAbsent(s.pattern(), p -> patterns.size())),
            s.enumValues().isEmpty()
                ? "-"
                : String.join(",", s.enumValues().stream().map(ConstraintTable::plain).toList()));
    valueRows.add(row + " " + element + " " + key);
    values.put(shape, valueRows.size() - 1);
    return valueRows.size() - 1;
  }

  /** {@code name}, checked to hold none of the tables' separators. */
  private static String plain(String name) {
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalStateException("not a plain name for the constraint tables: " + name);
    }
    return name;
  }

  private int type(String qualified) {
    Integer known = types.get(qualified);
    if (known != null) {
      return known;
    }
    types.put(qualified, types.size());
    return types.size() - 1;
  }

  private static String number(BigDecimal n) {
    return n == null ? "-" : n.toBigIntegerExact().toString();
  }

  /** How {@code ConstraintDecoder} makes a Java name from a member name it is not given. */
  static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  // ---- the class -----------------------------------------------------------------------------

  private String render() {
    StringBuilder b = new StringBuilder();
    b.append(
        """
        /**
         * DynamoDB's model constraints as tables, decoded once by {@link ConstraintDecoder}.
         *
         * <p>Rows are lines, fields are separated by spaces, {@code -} is none. {@link #VALUES}:
         * {@code shape kind type min max pattern enumValues element key}, kind one of {@code s e n
         * b t x l m o v i} (string, enum, number, boolean, timestamp, blob, list, map, structure,
         * attribute value, item), type an index into {@link #TYPES}, pattern one into {@link
         * #PATTERNS}, element and key earlier rows of {@link #VALUES}. {@link #SHAPES}: {@code
         * shape member...}, each member {@code [!]Name=value[=javaName]}, {@code !} if required;
         * row i is the structure {@code TYPES[i]}. {@link #OPERATIONS}: {@code name request
         * inputShape response outputShape}.
         */
        """);
    b.append("final class ").append(CLASS).append(" {\n");
    b.append("  private ").append(CLASS).append("() {}\n\n");
    List<String> names = new ArrayList<>();
    for (String t : types.keySet()) {
      names.add(imports.add(t.contains(".") ? t : "java.lang." + t) + ".class");
    }
    b.append("  /** The Java types; the first ones are the structures of {@link #SHAPES}. */\n");
    b.append("  static final Class<?>[] TYPES = {\n");
    wrap(b, names);
    b.append("  };\n\n");
    List<String> regexes = new ArrayList<>();
    for (String p : patterns.keySet()) {
      regexes.add(Generator.javaString(p));
    }
    b.append("  /** The model's patterns, each once. */\n");
    b.append("  static final String[] PATTERNS = {\n");
    for (String r : regexes) {
      b.append("    ").append(r).append(",\n");
    }
    b.append("  };\n\n");
    text(
        b,
        "VALUES",
        "The value shapes: members' targets, lists' elements, maps' keys and values.",
        valueRows);
    text(b, "SHAPES", "The structures, in the order of {@link #TYPES}.", shapeRows);
    text(b, "OPERATIONS", "Every operation of the model.", operationRows);
    b.setLength(b.length() - 1); // no blank line before the end
    b.append("}\n");
    return Generator.HEADER + "package " + PKG + ";\n\n" + imports.render() + b;
  }

  private static void wrap(StringBuilder b, List<String> items) {
    StringBuilder line = new StringBuilder("   ");
    for (String item : items) {
      if (line.length() + item.length() + 2 > 100) {
        b.append(line).append('\n');
        line = new StringBuilder("   ");
      }
      line.append(' ').append(item).append(',');
    }
    if (line.length() > 3) {
      b.append(line).append('\n');
    }
  }

  /** {@code rows} as text blocks of whole rows, each one a constant of its own. */
  private static void text(StringBuilder b, String name, String doc, List<String> rows) {
    b.append("  /** ").append(doc).append(" */\n");
    b.append("  static final String[] ").append(name).append(" = {\n");
    int size = 0;
    b.append("    \"\"\"\n");
    for (String row : rows) {
      if (row.contains("\\") || row.contains("\"") || row.contains("\n")) {
        throw new IllegalStateException("not a plain row: " + row);
      }
      int n = row.getBytes(StandardCharsets.UTF_8).length + 1;
      if (size > 0 && size + n > CHUNK) {
        b.append("    \"\"\",\n    \"\"\"\n");
        size = 0;
      }
      b.append("    ").append(row).append('\n');
      size += n;
    }
    b.append("    \"\"\"\n  };\n\n");
  }
}
