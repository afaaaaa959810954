package io.dynamo.codegen;

import static io.dynamo.codegen.Generator.HEADER;
import static io.dynamo.codegen.Generator.JSON;
import static io.dynamo.codegen.Generator.MODEL;
import static io.dynamo.codegen.Generator.constantOf;
import static io.dynamo.codegen.Generator.javaString;

import io.dynamo.codegen.Generator.Imports;
import io.dynamo.codegen.Generator.Kind;
import io.dynamo.codegen.Model.Member;
import io.dynamo.codegen.Model.Operation;
import io.dynamo.codegen.Model.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Writes the JSON class of one generated structure: its streaming writer, with the model's cheap
 * checks, for what requests hold, and its reader for what responses hold. Types, kinds and the
 * output files are the {@link Generator}'s.
 */
final class JsonClasses {
  private final Generator g;
  private final Model model;
  private final Customizations custom;

  /** The patterns of the JSON class being written, by regex, with their constant names. */
  private Map<String, String> patterns = new LinkedHashMap<>();

  JsonClasses(Generator g, Model model, Customizations custom) {
    this.g = g;
    this.model = model;
    this.custom = custom;
  }

  void json(Shape s, String t, Operation op, String direction) {
    Imports im = new Imports(JSON);
    im.add("java.io.IOException");
    im.add(MODEL + "." + t);
    List<Member> members = new ArrayList<>(s.members().values());
    StringBuilder b = new StringBuilder();
    patterns = new LinkedHashMap<>();
    b.append("/** {@code ")
        .append(s.name())
        .append("} as DynamoDB's JSON: written with its checks, read. */\n");
    String cls = t + "Json";
    boolean request = op != null && direction.equals("in");
    if (request) {
      im.add("io.dynamo.codec.CodecRegistry");
      im.add("io.dynamo.api.error.Operation");
      im.add("io.dynamo.api.internal.json.OperationSpec");
      String resp = op.output() == null ? "Void" : op.name() + "Response";
      if (op.output() != null) {
        im.add(MODEL + "." + resp);
      }
      b.append("public final class ")
          .append(cls)
          .append(" implements OperationSpec<")
          .append(t)
          .append(", ")
          .append(resp)
          .append("> {\n");
      b.append("  /** The operation's wire format. */\n");
      b.append("  public static final ")
          .append(cls)
          .append(" SPEC = new ")
          .append(cls)
          .append("();\n\n");
      b.append("  private ").append(cls).append("() {}\n\n");
      b.append("  @Override\n  public Operation operation() {\n    return Operation.")
          .append(constantOf(op.name()))
          .append(";\n  }\n\n");
      b.append("  @Override\n  public byte[] write(")
          .append(t)
          .append(" request) throws IOException {\n");
      String rule = custom.rules.get(op.name());
      if (rule == null) {
        b.append("    return Writes.object(g -> writeMembers(g, request));\n  }\n\n");
      } else {
        int dot = rule.lastIndexOf('.');
        String owner = im.add(rule.substring(0, dot));
        b.append("    byte[] json = Writes.object(g -> writeMembers(g, request));\n");
        b.append("    ").append(owner).append(rule.substring(dot)).append("(request);\n");
        b.append("    return json;\n  }\n\n");
      }
      b.append("  @Override\n  public ")
          .append(resp)
          .append(" read(byte[] body, CodecRegistry codecs) throws IOException {\n");
      if (op.output() == null) {
        b.append("    return null;\n  }\n\n");
      } else {
        b.append("    return Reads.parse(body, r -> ")
            .append(resp)
            .append("Json.read(r, codecs));\n  }\n\n");
      }
    } else {
      b.append("public final class ").append(cls).append(" {\n");
      b.append("  private ").append(cls).append("() {}\n\n");
      if (op != null) {
        im.add("io.dynamo.codec.CodecRegistry");
        b.append("  /** Reads a whole response body. */\n");
        b.append("  public static ")
            .append(t)
            .append(" read(byte[] body, CodecRegistry codecs) throws IOException {\n");
        b.append("    return Reads.parse(body, r -> read(r, codecs));\n  }\n\n");
      }
    }
    boolean writer = op != null ? direction.equals("in") : g.writes.contains(s.name());
    boolean reader = op != null ? direction.equals("out") : g.reads.contains(s.name());
    if (writer) {
      writer(b, s, t, members, im, op != null);
    }
    if (reader) {
      reader(b, t, members, im);
    }
    finish(b, cls, im);
  }

  private void writer(
      StringBuilder b, Shape s, String t, List<Member> members, Imports im, boolean top) {
    im.add("com.fasterxml.jackson.core.JsonGenerator");
    if (top) {
      // a request is written into the object Writes.object opens
      b.append("  /** Writes the object, checking the model's constraints. */\n");
      b.append("  public static void write(JsonGenerator g, ").append(t);
      b.append(" v) throws IOException {\n");
      b.append("    g.writeStartObject();\n    writeMembers(g, v);\n    g.writeEndObject();\n");
      b.append("  }\n\n");
      b.append(
          "  /** Writes the members into the open object, checking the model's constraints. */\n");
      b.append("  public static void writeMembers(JsonGenerator g, ").append(t);
      b.append(" v) throws IOException {\n");
    } else {
      b.append("  /** Writes the object, checking the model's constraints. */\n");
      b.append("  public static void write(JsonGenerator g, ").append(t);
      b.append(" v) throws IOException {\n");
      b.append("    g.writeStartObject();\n");
    }
    for (Member m : members) {
      String getter = "v." + Names.member(m.name()) + "()";
      String local = Names.member(m.name());
      String jt = g.javaType(m.shape(), im);
      b.append("    ")
          .append(jt)
          .append(' ')
          .append(local)
          .append("_ = ")
          .append(getter)
          .append(";\n");
      if (model.idempotencyTokens.contains(s.name() + "." + m.name())) {
        // made once per call: the body is written once and the same bytes go on every attempt
        b.append("    if (").append(local).append("_ == null) {\n      ").append(local);
        b.append("_ = ")
            .append(im.add("java.util.UUID"))
            .append(".randomUUID().toString();\n    }\n");
      }
      Kind mk = g.kind(m.shape());
      boolean collection = mk == Kind.LIST || mk == Kind.MAP || mk == Kind.ATTRIBUTES;
      b.append("    if (")
          .append(collection ? "!" + local + "_.isEmpty()" : local + "_ != null")
          .append(") {\n");
      checks(b, "      ", m.name(), m.shape(), local + "_", im);
      b.append("      g.writeFieldName(\"").append(m.name()).append("\");\n");
      writeValue(b, "      ", m.name(), m.shape(), local + "_", 0, im);
      b.append("    }");
      if (s.required().contains(m.name())) {
        b.append(" else {\n      throw Check.missing(\"").append(m.name()).append("\");\n    }\n");
      } else {
        b.append("\n");
      }
    }
    b.append(top ? "  }\n\n" : "    g.writeEndObject();\n  }\n\n");
  }

  private void reader(StringBuilder b, String t, List<Member> members, Imports im) {
    im.add("com.fasterxml.jackson.core.JsonParser");
    im.add("io.dynamo.codec.CodecRegistry");
    im.add("io.dynamo.codec.internal.json.AttributeJsonReader");
    b.append("  /** Reads the object at the current token. */\n");
    b.append("  public static ")
        .append(t)
        .append(" read(AttributeJsonReader r, CodecRegistry codecs) throws IOException {\n");
    b.append("    JsonParser p = r.parser();\n");
    for (Member m : members) {
      b.append("    ")
          .append(g.javaType(m.shape(), im))
          .append(' ')
          .append(Names.member(m.name()))
          .append(" = null;\n");
    }
    b.append("    Reads.start(p);\n");
    b.append("    for (String f = Reads.field(p); f != null; f = Reads.field(p)) {\n");
    if (members.isEmpty()) {
      b.append("      p.skipChildren();\n");
    } else {
      b.append("      try {\n        switch (f) {\n");
      for (Member m : members) {
        b.append("          case \"").append(m.name()).append("\" -> ");
        Kind k = g.kind(m.shape());
        if (k == Kind.LIST || k == Kind.MAP) {
          b.append("{\n");
          readInto(b, "            ", m.shape(), Names.member(m.name()), 0, im);
          b.append("          }\n");
        } else {
          b.append(Names.member(m.name())).append(" = ").append(readExpr(m.shape(), im));
          b.append(";\n");
        }
      }
      b.append("          default -> p.skipChildren();\n        }\n");
      im.add("io.dynamo.codec.CodecException");
      b.append("      } catch (CodecException e) {\n        throw e.inside(f);\n      }\n");
    }
    b.append("    }\n");
    b.append("    return new ").append(t).append('(');
    for (int i = 0; i < members.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(Names.member(members.get(i).name()));
    }
    b.append(");\n  }\n\n");
  }

  /** Reads the value of {@code shape} at the current token into the variable {@code target}. */
  private void readInto(
      StringBuilder b, String ind, String shape, String target, int depth, Imports im) {
    Shape s = model.shape(shape);
    Kind k = g.kind(shape);
    if (k == Kind.LIST) {
      String l = "list" + depth;
      String et = g.javaType(s.member(), im);
      im.add("java.util.ArrayList");
      b.append(ind)
          .append(g.javaType(shape, im))
          .append(' ')
          .append(l)
          .append(" = new ArrayList<>();\n");
      b.append(ind).append("Reads.startArray(p);\n");
      b.append(ind).append("while (Reads.element(p)) {\n");
      String e = "element" + depth;
      b.append(ind).append("  ").append(et).append(' ').append(e).append(";\n");
      im.add("io.dynamo.codec.CodecException");
      b.append(ind).append("  try {\n");
      if (g.kind(s.member()) == Kind.STRUCTURE) {
        // DynamoDB writes null for an entry with nothing in it (a TransactGetItems miss)
        b.append(ind).append("    ").append(e).append(" = Reads.isNull(p) ? ");
        b.append(g.typeName(s.member())).append(".builder().build() : ");
        b.append(readExpr(s.member(), im)).append(";\n");
      } else {
        readInto(b, ind + "    ", s.member(), e, depth + 1, im);
      }
      b.append(ind).append("  } catch (CodecException x) {\n");
      b.append(ind).append("    throw x.inside(").append(l).append(".size());\n");
      b.append(ind).append("  }\n");
      b.append(ind).append("  ").append(l).append(".add(").append(e).append(");\n");
      b.append(ind).append("}\n");
      b.append(ind).append(target).append(" = ").append(l).append(";\n");
    } else if (k == Kind.MAP) {
      String m = "map" + depth;
      String vt = g.javaType(s.value(), im);
      im.add("java.util.LinkedHashMap");
      b.append(ind)
          .append(g.javaType(shape, im))
          .append(' ')
          .append(m)
          .append(" = new LinkedHashMap<>();\n");
      b.append(ind).append("Reads.start(p);\n");
      String key = "key" + depth;
      b.append(ind)
          .append("for (String ")
          .append(key)
          .append(" = Reads.field(p); ")
          .append(key)
          .append(" != null; ")
          .append(key)
          .append(" = Reads.field(p)) {\n");
      String v = "value" + depth;
      b.append(ind).append("  ").append(vt).append(' ').append(v).append(";\n");
      im.add("io.dynamo.codec.CodecException");
      b.append(ind).append("  try {\n");
      readInto(b, ind + "    ", s.value(), v, depth + 1, im);
      b.append(ind).append("  } catch (CodecException x) {\n");
      b.append(ind).append("    throw x.inside(").append(key).append(");\n");
      b.append(ind).append("  }\n");
      b.append(ind)
          .append("  ")
          .append(m)
          .append(".put(")
          .append(key)
          .append(", ")
          .append(v)
          .append(");\n");
      b.append(ind).append("}\n");
      b.append(ind).append(target).append(" = ").append(m).append(";\n");
    } else {
      b.append(ind).append(target).append(" = ").append(readExpr(shape, im)).append(";\n");
    }
  }

  private void finish(StringBuilder b, String cls, Imports im) {
    StringBuilder head = new StringBuilder();
    if (!patterns.isEmpty()) {
      im.add("java.util.regex.Pattern");
      for (Map.Entry<String, String> e : patterns.entrySet()) {
        head.append("  private static final Pattern ")
            .append(e.getValue())
            .append(" =\n      Pattern.compile(")
            .append(javaString(e.getKey()))
            .append(");\n");
      }
      head.append('\n');
    }
    String text = b.toString();
    int open = text.indexOf("{\n") + 2;
    text = text.substring(0, open) + head + text.substring(open).stripTrailing() + "\n}\n";
    g.files.put(
        Generator.path(JSON, cls), HEADER + "package " + JSON + ";\n\n" + im.render() + text);
  }

  private void checks(
      StringBuilder b, String ind, String field, String shape, String v, Imports im) {
    Shape s = model.shape(shape);
    Kind k = g.kind(shape);
    String min = s.min() == null ? null : s.min().toPlainString();
    String max = s.max() == null ? null : s.max().toPlainString();
    String rule = custom.shapeRules.get(shape);
    if (rule != null) {
      int dot = rule.lastIndexOf('.');
      b.append(ind).append(im.add(rule.substring(0, dot))).append(rule.substring(dot));
      b.append("(\"").append(field).append("\", ").append(v).append(");\n");
      return;
    }
    switch (k) {
      case STRING -> {
        if (min != null || max != null) {
          b.append(ind)
              .append("Check.length(\"")
              .append(field)
              .append("\", ")
              .append(v)
              .append(", ")
              .append(min == null ? "0" : min)
              .append(", ")
              .append(max == null ? "Integer.MAX_VALUE" : max)
              .append(");\n");
        }
        if (s.pattern() != null && usable(s.pattern())) {
          String name = patterns.computeIfAbsent(s.pattern(), p -> "PATTERN_" + patterns.size());
          b.append(ind)
              .append("Check.pattern(\"")
              .append(field)
              .append("\", ")
              .append(v)
              .append(", ")
              .append(name)
              .append(");\n");
        }
      }
      case LIST, MAP, ATTRIBUTES -> {
        if (min != null || max != null) {
          b.append(ind)
              .append("Check.size(\"")
              .append(field)
              .append("\", ")
              .append(v)
              .append(".size(), ")
              .append(min == null ? "0" : min)
              .append(", ")
              .append(max == null ? "Integer.MAX_VALUE" : max)
              .append(");\n");
        }
      }
      case INTEGER, LONG -> {
        if (min != null || max != null) {
          b.append(ind)
              .append("Check.range(\"")
              .append(field)
              .append("\", ")
              .append(v)
              .append(", ")
              .append(min == null ? "Long.MIN_VALUE" : min + "L")
              .append(", ")
              .append(max == null ? "Long.MAX_VALUE" : max + "L")
              .append(");\n");
        }
      }
      case DOUBLE -> {
        if (min != null || max != null) {
          b.append(ind)
              .append("Check.range(\"")
              .append(field)
              .append("\", ")
              .append(v)
              .append(", ")
              .append(min == null ? "Double.NEGATIVE_INFINITY" : min + "d")
              .append(", ")
              .append(max == null ? "Double.POSITIVE_INFINITY" : max + "d")
              .append(");\n");
        }
      }
      default -> {}
    }
  }

  /** Whether {@code shape} holds attribute values, at any depth. */
  private boolean holdsValues(String shape, Set<String> seen) {
    if (!seen.add(shape)) {
      return false;
    }
    Kind k = g.kind(shape);
    if (k == Kind.ATTRIBUTE_VALUE || k == Kind.ITEM || k == Kind.KEY || k == Kind.ATTRIBUTES) {
      return true;
    }
    Shape s = model.shape(shape);
    if (s.member() != null && holdsValues(s.member(), seen)) {
      return true;
    }
    if (s.value() != null && holdsValues(s.value(), seen)) {
      return true;
    }
    for (Member m : s.members().values()) {
      if (holdsValues(m.shape(), seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean usable(String pattern) {
    try {
      Pattern.compile(pattern);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private void writeValue(
      StringBuilder b, String ind, String field, String shape, String v, int depth, Imports im) {
    Shape s = model.shape(shape);
    switch (g.kind(shape)) {
      case STRING -> b.append(ind).append("g.writeString(").append(v).append(");\n");
      case ENUM -> b.append(ind).append("g.writeString(").append(v).append(".value());\n");
      case BOOLEAN -> b.append(ind).append("g.writeBoolean(").append(v).append(");\n");
      case INTEGER -> b.append(ind).append("g.writeNumber((int) ").append(v).append(");\n");
      case LONG -> b.append(ind).append("g.writeNumber((long) ").append(v).append(");\n");
      case DOUBLE -> b.append(ind).append("g.writeNumber((double) ").append(v).append(");\n");
      case TIMESTAMP -> b.append(ind).append("Writes.instant(g, ").append(v).append(");\n");
      case BLOB -> b.append(ind).append("g.writeString(").append(v).append(".toBase64());\n");
      case STRUCTURE -> {
        b.append(ind).append("try {\n");
        b.append(ind)
            .append("  ")
            .append(g.typeName(shape))
            .append("Json.write(g, ")
            .append(v)
            .append(");\n");
        im.add("io.dynamo.api.error.InvalidRequestException");
        b.append(ind).append("} catch (InvalidRequestException e) {\n");
        b.append(ind).append("  throw Check.inside(\"").append(field).append("\", e);\n");
        if (holdsValues(shape, new HashSet<>())) {
          // an attribute value that cannot be written (nested too deep) is named by its member
          im.add("io.dynamo.codec.CodecException");
          b.append(ind).append("} catch (CodecException e) {\n");
          b.append(ind).append("  throw Check.inside(\"").append(field).append("\", e);\n");
        }
        b.append(ind).append("}\n");
      }
      case ATTRIBUTE_VALUE ->
          b.append(ind)
              .append("Writes.value(g, \"")
              .append(field)
              .append("\", ")
              .append(v)
              .append(");\n");
      case ITEM, KEY ->
          b.append(ind)
              .append("Writes.attributes(g, \"")
              .append(field)
              .append("\", ")
              .append(v)
              .append(".attributes());\n");
      case ATTRIBUTES ->
          b.append(ind)
              .append("Writes.attributes(g, \"")
              .append(field)
              .append("\", ")
              .append(v)
              .append(");\n");
      case LIST -> {
        String e = "e" + depth;
        String i = "i" + depth;
        String et = g.javaType(s.member(), im);
        b.append(ind).append("g.writeStartArray();\n");
        b.append(ind).append("int ").append(i).append(" = 0;\n");
        b.append(ind)
            .append("for (")
            .append(et)
            .append(' ')
            .append(e)
            .append(" : ")
            .append(v)
            .append(") {\n");
        String ef = field + "[\" + " + i + " + \"]";
        b.append(ind).append("  if (").append(e).append(" == null) {\n");
        b.append(ind).append("    throw Check.missing(\"").append(ef).append("\");\n");
        b.append(ind).append("  }\n");
        checks(b, ind + "  ", ef, s.member(), e, im);
        writeValue(b, ind + "  ", ef, s.member(), e, depth + 1, im);
        b.append(ind).append("  ").append(i).append("++;\n");
        b.append(ind).append("}\n");
        b.append(ind).append("g.writeEndArray();\n");
      }
      case MAP -> {
        String e = "e" + depth;
        String vt = g.javaType(s.value(), im);
        im.add("java.util.Map");
        b.append(ind).append("g.writeStartObject();\n");
        b.append(ind)
            .append("for (Map.Entry<String, ")
            .append(vt)
            .append("> ")
            .append(e)
            .append(" : ")
            .append(v)
            .append(".entrySet()) {\n");
        b.append(ind).append("  g.writeFieldName(").append(e).append(".getKey());\n");
        String ef = field + ".\" + " + e + ".getKey() + \"";
        b.append(ind).append("  if (").append(e).append(".getValue() == null) {\n");
        b.append(ind).append("    throw Check.missing(\"").append(ef).append("\");\n");
        b.append(ind).append("  }\n");
        writeValue(b, ind + "  ", ef, s.value(), e + ".getValue()", depth + 1, im);
        b.append(ind).append("}\n");
        b.append(ind).append("g.writeEndObject();\n");
      }
    }
  }

  private String readExpr(String shape, Imports im) {
    return switch (g.kind(shape)) {
      case STRING -> "Reads.string(p)";
      case ENUM -> {
        im.add(MODEL + "." + g.typeName(shape));
        yield g.typeName(shape) + ".of(Reads.string(p))";
      }
      case BOOLEAN -> "Reads.bool(p)";
      case INTEGER -> "Reads.intValue(p)";
      case LONG -> "Reads.longValue(p)";
      case DOUBLE -> "Reads.doubleValue(p)";
      case TIMESTAMP -> "Reads.instant(p)";
      case BLOB -> "Reads.bytes(p)";
      case STRUCTURE -> g.typeName(shape) + "Json.read(r, codecs)";
      case ATTRIBUTE_VALUE -> "r.readValue()";
      case ITEM -> "Reads.item(r, codecs)";
      case KEY -> "Reads.key(r, codecs)";
      case ATTRIBUTES -> "r.readItem()";
      case LIST, MAP -> throw new IllegalStateException(shape + " is read by readInto");
    };
  }
}
