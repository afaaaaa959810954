package io.dynamo.codegen;

import io.dynamo.codegen.Generator.Imports;
import io.dynamo.codegen.Generator.Kind;
import io.dynamo.codegen.Model.Member;
import io.dynamo.codegen.Model.Shape;

/**
 * Compiles the JMESPath of a waiter's acceptor ({@code ExportDescription.ExportStatus}, {@code
 * KinesisDataStreamDestinations[].DestinationStatus}, {@code length(a[?b == 'X']) > `0`}) into a
 * Java expression over the typed response, written with {@code ModelWaiter}'s helpers. It knows the
 * part of JMESPath that DynamoDB's waiters use: fields, {@code []} and {@code [?...]} projections,
 * {@code length()}, comparisons, {@code &&}, {@code ||}, {@code !}, and literals. An expression
 * beyond that fails the generation, naming it, rather than being guessed at.
 */
final class WaiterPaths {
  static final String HELPER = "ModelWaiter";

  /** What a compiled expression is. */
  enum Type {
    /** A structure of the model (its shape in {@link Value#shape}). */
    STRUCT,
    /** A list; {@link Value#shape} is the shape of its elements. */
    LIST,
    /** A string, enum, number or boolean member of the model, maybe null. */
    SCALAR,
    /** An {@code int} (a length or a number literal). */
    NUMBER,
    /** A {@code boolean}. */
    BOOL,
    /** A string literal. */
    STRING
  }

  /**
   * A compiled expression.
   *
   * @param java the Java expression
   * @param type what it is
   * @param shape the model shape of a structure or of a list's elements, else null
   * @param nonNull whether the Java expression is never null
   * @param projected whether a list is a projection (its fields are taken element by element)
   */
  record Value(String java, Type type, String shape, boolean nonNull, boolean projected) {}

  private final Generator g;
  private final Model model;
  private final Imports im;
  private final String source;
  private final String where;
  private int pos;
  private int depth;

  private WaiterPaths(Generator g, Model model, Imports im, String source, String where) {
    this.g = g;
    this.model = model;
    this.im = im;
    this.source = source;
    this.where = where;
  }

  /**
   * {@code expression} as Java over {@code var}, a value of {@code rootShape} (never null); {@code
   * where} names the waiter and acceptor for errors.
   */
  static Value compile(
      Generator g,
      Model model,
      Imports im,
      String expression,
      String rootShape,
      String var,
      String where) {
    WaiterPaths p = new WaiterPaths(g, model, im, expression, where);
    Value v = p.or(new Value(var, Type.STRUCT, rootShape, true, false));
    p.skipSpace();
    if (p.pos != expression.length()) {
      throw p.unsupported("unexpected '" + expression.substring(p.pos) + "'");
    }
    return v;
  }

  // ---- the grammar, lowest precedence first ---------------------------------------------------

  private Value or(Value current) {
    Value left = and(current);
    while (eat("||")) {
      left = logical(left, "||", and(current));
    }
    return left;
  }

  private Value and(Value current) {
    Value left = not(current);
    while (eat("&&")) {
      left = logical(left, "&&", not(current));
    }
    return left;
  }

  private Value not(Value current) {
    skipSpace();
    if (peek("!=")) {
      throw unsupported("'!=' without a left side");
    }
    if (eat("!")) {
      Value v = not(current);
      requireType(v, Type.BOOL, "'!'");
      return new Value("!" + v.java(), Type.BOOL, null, true, false);
    }
    return comparison(current);
  }

  private Value comparison(Value current) {
    Value left = path(current);
    for (String op : new String[] {"==", "!=", ">=", "<=", ">", "<"}) {
      if (eat(op)) {
        return compare(left, op, path(current));
      }
    }
    return left;
  }

  private Value path(Value current) {
    Value v = primary(current);
    while (true) {
      skipSpace();
      if (eat("[]")) {
        requireType(v, Type.LIST, "'[]'");
        if (g.kind(v.shape()) == Kind.LIST) {
          throw unsupported("flattening a list of lists");
        }
        v = new Value(v.java(), Type.LIST, v.shape(), true, true);
      } else if (eat("[?")) {
        requireType(v, Type.LIST, "a filter");
        requireStruct(v.shape(), "a filter");
        String e = "e" + depth++;
        Value cond = or(new Value(e, Type.STRUCT, v.shape(), true, false));
        depth--;
        requireType(cond, Type.BOOL, "a filter's condition");
        expect("]");
        v =
            new Value(
                HELPER + ".filter(" + v.java() + ", " + e + " -> " + cond.java() + ")",
                Type.LIST,
                v.shape(),
                true,
                true);
      } else if (eat(".")) {
        v = field(v, identifier());
      } else {
        return v;
      }
    }
  }

  private Value primary(Value current) {
    skipSpace();
    if (eat("(")) {
      Value v = or(current);
      expect(")");
      return v.type() == Type.BOOL || v.type() == Type.NUMBER
          ? new Value("(" + v.java() + ")", v.type(), v.shape(), v.nonNull(), v.projected())
          : v;
    }
    if (eat("`")) {
      int end = source.indexOf('`', pos);
      if (end < 0) {
        throw unsupported("an unterminated literal");
      }
      String literal = source.substring(pos, end).trim();
      pos = end + 1;
      if (literal.matches("-?\\d+")) {
        return new Value(literal, Type.NUMBER, null, true, false);
      }
      if (literal.equals("true") || literal.equals("false")) {
        return new Value(literal, Type.BOOL, null, true, false);
      }
      if (literal.matches("\"[^\"\\\\]*\"")) {
        return new Value(literal, Type.STRING, null, true, false);
      }
      throw unsupported("the literal `" + literal + "`");
    }
    if (eat("'")) {
      int end = source.indexOf('\'', pos);
      if (end < 0) {
        throw unsupported("an unterminated string");
      }
      String raw = source.substring(pos, end);
      pos = end + 1;
      if (raw.contains("\\") || raw.contains("\"")) {
        throw unsupported("the string '" + raw + "'");
      }
      return new Value("\"" + raw + "\"", Type.STRING, null, true, false);
    }
    String name = identifier();
    skipSpace();
    if (eat("(")) {
      if (!name.equals("length")) {
        throw unsupported("the function " + name + "()");
      }
      Value arg = or(current);
      expect(")");
      requireType(arg, Type.LIST, "length()");
      return new Value(arg.java() + ".size()", Type.NUMBER, null, true, false);
    }
    return field(current, name);
  }

  // ---- steps ----------------------------------------------------------------------------------

  /** Member {@code name} of a structure, or of each element of a projection. */
  private Value field(Value v, String name) {
    if (v.type() == Type.LIST) {
      if (!v.projected()) {
        throw unsupported("a field of a list without a projection ([]) before it");
      }
      requireStruct(v.shape(), "a projection's field");
      Member m = member(v.shape(), name);
      Kind k = g.kind(m.shape());
      if (k == Kind.LIST || !(k == Kind.STRUCTURE || scalar(k))) {
        throw unsupported("projecting " + name + ", which is not a structure or a scalar");
      }
      String ref = g.javaType(v.shape(), im) + "::" + Names.member(name);
      return new Value(
          HELPER + ".map(" + v.java() + ", " + ref + ")", Type.LIST, m.shape(), true, true);
    }
    if (v.type() != Type.STRUCT) {
      throw unsupported("the field " + name + " of a " + v.type());
    }
    Member m = member(v.shape(), name);
    String access =
        v.nonNull()
            ? v.java() + "." + Names.member(name) + "()"
            : HELPER
                + ".get("
                + v.java()
                + ", "
                + g.javaType(v.shape(), im)
                + "::"
                + Names.member(name)
                + ")";
    Kind k = g.kind(m.shape());
    if (k == Kind.STRUCTURE) {
      return new Value(access, Type.STRUCT, m.shape(), false, false);
    }
    if (k == Kind.LIST) {
      String list = v.nonNull() ? access : HELPER + ".list(" + access + ")";
      return new Value(list, Type.LIST, model.shape(m.shape()).member(), true, false);
    }
    if (scalar(k)) {
      return new Value(access, Type.SCALAR, m.shape(), false, false);
    }
    throw unsupported("the field " + name + ", a " + k);
  }

  private Value compare(Value a, String op, Value b) {
    if (a.type() == Type.NUMBER && b.type() == Type.NUMBER) {
      return new Value(a.java() + " " + op + " " + b.java(), Type.BOOL, null, true, false);
    }
    if (!op.equals("==") && !op.equals("!=")) {
      throw unsupported("'" + op + "' on what is not a number");
    }
    for (Value v : new Value[] {a, b}) {
      if (v.type() == Type.LIST || v.type() == Type.STRUCT) {
        throw unsupported("comparing a " + v.type());
      }
    }
    String eq = HELPER + ".eq(" + a.java() + ", " + b.java() + ")";
    return new Value(op.equals("==") ? eq : "!" + eq, Type.BOOL, null, true, false);
  }

  private Value logical(Value a, String op, Value b) {
    requireType(a, Type.BOOL, "'" + op + "'");
    requireType(b, Type.BOOL, "'" + op + "'");
    return new Value(a.java() + " " + op + " " + b.java(), Type.BOOL, null, true, false);
  }

  private static boolean scalar(Kind k) {
    return switch (k) {
      case STRING, ENUM, BOOLEAN, INTEGER, LONG, DOUBLE -> true;
      default -> false;
    };
  }

  private Member member(String shape, String name) {
    Shape s = model.shape(shape);
    Member m = s.members().get(name);
    if (m == null) {
      throw unsupported(shape + " has no member " + name);
    }
    return m;
  }

  private void requireStruct(String shape, String what) {
    if (g.kind(shape) != Kind.STRUCTURE) {
      throw unsupported(what + " on elements that are not structures");
    }
  }

  private void requireType(Value v, Type t, String what) {
    if (v.type() != t) {
      throw unsupported(what + " on a " + v.type() + " (" + v.java() + ")");
    }
  }

  // ---- tokens ---------------------------------------------------------------------------------

  private String identifier() {
    skipSpace();
    int start = pos;
    while (pos < source.length()
        && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
      pos++;
    }
    if (start == pos || Character.isDigit(source.charAt(start))) {
      throw unsupported("a name expected at " + start);
    }
    return source.substring(start, pos);
  }

  private boolean peek(String token) {
    skipSpace();
    return source.startsWith(token, pos);
  }

  private boolean eat(String token) {
    if (peek(token)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!eat(token)) {
      throw unsupported("'" + token + "' expected at " + pos);
    }
  }

  private void skipSpace() {
    while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
      pos++;
    }
  }

  private IllegalStateException unsupported(String what) {
    return new IllegalStateException(
        where + ": the generator cannot compile " + what + " in the JMESPath '" + source + "'");
  }
}
