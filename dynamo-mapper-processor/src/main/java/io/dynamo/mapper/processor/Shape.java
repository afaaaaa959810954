package io.dynamo.mapper.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What a component's type is to the mapper: how it is written, read and keyed. Made by {@link
 * Shapes}; {@code javaType} is the type as source text (qualified names, boxed where generic code
 * needs it), {@code typeRef} an expression of the {@code TypeRef} for it.
 */
sealed interface Shape {
  /** The type as source text. */
  String javaType();

  /** The type as source text, primitives boxed. */
  default String boxedType() {
    return javaType();
  }

  /** A {@code TypeRef} expression for the (boxed) type. */
  String typeRef();

  /** Whether a nested record is somewhere inside, so the registry cannot encode it alone. */
  default boolean hasRecord() {
    return false;
  }

  /**
   * A type the registry encodes: scalars, enums, {@code java.time}, and lists, sets, maps and
   * optionals of them.
   *
   * @param keyType {@code S}, {@code N} or {@code B} when DynamoDB can key on it, else null
   * @param primitive the primitive's name ({@code int}, ...) when it is one, else null
   */
  record Registry(String javaType, String boxed, String typeRef, String keyType, String primitive)
      implements Shape {
    @Override
    public String boxedType() {
      return boxed;
    }

    boolean isString() {
      return "java.lang.String".equals(javaType);
    }
  }

  /** {@code Optional<E>}, as a component's own type. */
  record Optional(Shape element) implements Shape {
    @Override
    public String javaType() {
      return "java.util.Optional<" + element.boxedType() + ">";
    }

    @Override
    public String typeRef() {
      return "io.dynamo.codec.TypeRef.optionalOf(" + element.typeRef() + ")";
    }

    @Override
    public boolean hasRecord() {
      return element.hasRecord();
    }
  }

  /** A set, stored as SS, NS or BS; {@code empty} makes the empty set read for an absent one. */
  record Set(String javaType, String typeRef, String empty) implements Shape {}

  /** A list (or collection, or iterable) of elements that hold a record. */
  record ListOf(String javaType, Shape element) implements Shape {
    @Override
    public String typeRef() {
      return "io.dynamo.codec.TypeRef.listOf(" + element.typeRef() + ")";
    }

    @Override
    public boolean hasRecord() {
      return true;
    }
  }

  /** A {@code Map<String, V>} of values that hold a record. */
  record MapOf(String javaType, Shape value) implements Shape {
    @Override
    public String typeRef() {
      return "io.dynamo.codec.TypeRef.mapOf(" + value.typeRef() + ")";
    }

    @Override
    public boolean hasRecord() {
      return true;
    }
  }

  /** A nested record, stored as a map. */
  record Nested(TypeElement record, String javaType) implements Shape {
    @Override
    public String typeRef() {
      return "io.dynamo.codec.TypeRef.of(" + javaType + ".class)";
    }

    @Override
    public boolean hasRecord() {
      return true;
    }
  }

  /** A type encoded by a codec of the user's ({@code @WithCodec}). */
  record Custom(String javaType, String typeRef, String codecClass) implements Shape {}

  /** The components of a record: name, accessor and shape each. */
  record Component(
      String name,
      String attribute,
      Shape shape,
      boolean storeNull,
      javax.lang.model.element.Element element) {}

  /** A record's mapping. */
  record RecordShape(TypeElement record, List<Component> components) {}
}
