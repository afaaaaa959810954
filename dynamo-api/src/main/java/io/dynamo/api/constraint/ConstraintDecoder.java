package io.dynamo.api.constraint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated {@link ConstraintData} tables as records, decoded when this class is first used:
 * text and shared rows keep the jar small where a constructor call per member would not.
 */
final class ConstraintDecoder {
  private ConstraintDecoder() {}

  private static final List<ValueConstraints> VALUES = values();
  static final List<ShapeConstraints> SHAPES = shapes();
  static final Map<Class<?>, ShapeConstraints> BY_TYPE = byType();
  static final List<OperationConstraints> OPERATIONS = operations();
  static final Map<String, OperationConstraints> BY_NAME = byName();

  private static List<ValueConstraints> values() {
    List<ValueConstraints> values = new ArrayList<>();
    for (String row : rows(ConstraintData.VALUES)) {
      String[] f = row.split(" ");
      values.add(
          new ValueConstraints(
              f[0],
              kind(f[1]),
              ConstraintData.TYPES[Integer.parseInt(f[2])],
              number(f[3]),
              number(f[4]),
              none(f[5]) ? null : ConstraintData.PATTERNS[Integer.parseInt(f[5])],
              none(f[6]) ? List.of() : List.of(f[6].split(",")),
              none(f[7]) ? null : values.get(Integer.parseInt(f[7])),
              none(f[8]) ? null : values.get(Integer.parseInt(f[8]))));
    }
    return values;
  }

  private static List<ShapeConstraints> shapes() {
    List<ShapeConstraints> shapes = new ArrayList<>();
    for (String row : rows(ConstraintData.SHAPES)) {
      String[] f = row.split(" ");
      int type = shapes.size();
      List<MemberConstraints> members = new ArrayList<>(f.length - 1);
      for (int i = 1; i < f.length; i++) {
        boolean required = f[i].charAt(0) == '!';
        String[] m = f[i].substring(required ? 1 : 0).split("=");
        String java =
            m.length > 2 ? m[2] : Character.toLowerCase(m[0].charAt(0)) + m[0].substring(1);
        members.add(
            new MemberConstraints(m[0], java, required, VALUES.get(Integer.parseInt(m[1]))));
      }
      shapes.add(new ShapeConstraints(f[0], ConstraintData.TYPES[type], members));
    }
    return List.copyOf(shapes);
  }

  private static Map<Class<?>, ShapeConstraints> byType() {
    Map<Class<?>, ShapeConstraints> byType = new LinkedHashMap<>();
    for (ShapeConstraints s : SHAPES) {
      byType.put(s.type(), s);
    }
    return Collections.unmodifiableMap(byType);
  }

  private static List<OperationConstraints> operations() {
    List<OperationConstraints> operations = new ArrayList<>();
    for (String row : rows(ConstraintData.OPERATIONS)) {
      String[] f = row.split(" ");
      operations.add(
          new OperationConstraints(
              f[0],
              ConstraintData.TYPES[Integer.parseInt(f[1])],
              f[2],
              ConstraintData.TYPES[Integer.parseInt(f[3])],
              none(f[4]) ? null : f[4]));
    }
    return List.copyOf(operations);
  }

  private static Map<String, OperationConstraints> byName() {
    Map<String, OperationConstraints> byName = new LinkedHashMap<>();
    for (OperationConstraints o : OPERATIONS) {
      byName.put(o.name(), o);
    }
    return Collections.unmodifiableMap(byName);
  }

  private static List<String> rows(String[] chunks) {
    List<String> rows = new ArrayList<>();
    for (String chunk : chunks) {
      for (String row : chunk.split("\n")) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static boolean none(String field) {
    return field.equals("-");
  }

  private static Long number(String field) {
    return none(field) ? null : Long.valueOf(field);
  }

  private static ValueKind kind(String code) {
    return switch (code) {
      case "s" -> ValueKind.STRING;
      case "e" -> ValueKind.ENUM;
      case "n" -> ValueKind.NUMBER;
      case "b" -> ValueKind.BOOLEAN;
      case "t" -> ValueKind.TIMESTAMP;
      case "x" -> ValueKind.BLOB;
      case "l" -> ValueKind.LIST;
      case "m" -> ValueKind.MAP;
      case "o" -> ValueKind.STRUCTURE;
      case "v" -> ValueKind.ATTRIBUTE_VALUE;
      case "i" -> ValueKind.ITEM;
      default -> throw new IllegalStateException("kind " + code);
    };
  }
}
