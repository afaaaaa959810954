package io.dynamo.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Java type, generic arguments included, for looking up codecs: {@code
 * TypeRef.listOf(Order.class)} stands for {@code List<Order>}.
 *
 * <p>Built by explicit factory calls rather than from {@code java.lang.reflect} generic signatures,
 * so it needs no reflection and behaves the same in a native image. Primitive classes are replaced
 * by their wrappers ({@code int.class} becomes {@code Integer}). A type without arguments, such as
 * {@code TypeRef.of(List.class)}, means "elements of any type": they are encoded by their runtime
 * class and decoded to plain Java values. Immutable and thread-safe; equal when raw type and
 * arguments are equal.
 *
 * @param <T> the Java type this stands for
 */
public final class TypeRef<T> {
  private final Class<?> rawType;
  private final List<TypeRef<?>> arguments;
  private final int hash;

  private TypeRef(Class<?> rawType, List<TypeRef<?>> arguments) {
    this.rawType = rawType;
    this.arguments = arguments;
    this.hash = 31 * rawType.hashCode() + arguments.hashCode();
  }

  /** The type of a plain class, such as {@code String} or {@code Order}. */
  @SuppressWarnings("unchecked")
  public static <T> TypeRef<T> of(Class<T> type) {
    return (TypeRef<T>) new TypeRef<>(box(Objects.requireNonNull(type, "type")), List.of());
  }

  /**
   * A generic type: {@code parameterized(Map.class, of(String.class), of(Order.class))} is {@code
   * Map<String, Order>}. The caller vouches that {@code T} matches.
   */
  @SuppressWarnings("unchecked")
  public static <T> TypeRef<T> parameterized(Class<?> rawType, TypeRef<?>... arguments) {
    Objects.requireNonNull(rawType, "rawType");
    List<TypeRef<?>> args = new ArrayList<>(arguments.length);
    for (TypeRef<?> a : arguments) {
      args.add(Objects.requireNonNull(a, "type argument"));
    }
    return (TypeRef<T>) new TypeRef<>(box(rawType), Collections.unmodifiableList(args));
  }

  /** {@code List<E>}. */
  public static <E> TypeRef<List<E>> listOf(Class<E> element) {
    return listOf(of(element));
  }

  /** {@code List<E>}. */
  public static <E> TypeRef<List<E>> listOf(TypeRef<E> element) {
    return parameterized(List.class, element);
  }

  /** {@code Collection<E>}. */
  public static <E> TypeRef<Collection<E>> collectionOf(TypeRef<E> element) {
    return parameterized(Collection.class, element);
  }

  /** {@code Set<E>}. */
  public static <E> TypeRef<Set<E>> setOf(Class<E> element) {
    return setOf(of(element));
  }

  /** {@code Set<E>}. */
  public static <E> TypeRef<Set<E>> setOf(TypeRef<E> element) {
    return parameterized(Set.class, element);
  }

  /** {@code Map<String, V>}: DynamoDB maps have string keys. */
  public static <V> TypeRef<Map<String, V>> mapOf(Class<V> value) {
    return mapOf(of(value));
  }

  /** {@code Map<String, V>}: DynamoDB maps have string keys. */
  public static <V> TypeRef<Map<String, V>> mapOf(TypeRef<V> value) {
    return parameterized(Map.class, of(String.class), value);
  }

  /** {@code Optional<E>}. */
  public static <E> TypeRef<Optional<E>> optionalOf(Class<E> element) {
    return optionalOf(of(element));
  }

  /** {@code Optional<E>}. */
  public static <E> TypeRef<Optional<E>> optionalOf(TypeRef<E> element) {
    return parameterized(Optional.class, element);
  }

  /** The class, without type arguments. */
  public Class<?> rawType() {
    return rawType;
  }

  /** The type arguments, empty for a plain class or an unparameterized generic type. */
  public List<TypeRef<?>> arguments() {
    return arguments;
  }

  /**
   * The type argument at {@code index}, or {@code Object} when there are no arguments.
   *
   * @throws UnsupportedTypeException if there are arguments but fewer than {@code index + 1}
   */
  public TypeRef<?> argument(int index) {
    if (arguments.isEmpty()) {
      return of(Object.class);
    }
    if (index >= arguments.size()) {
      throw new UnsupportedTypeException(
          "no codec for "
              + this
              + ": it has "
              + arguments.size()
              + (arguments.size() == 1 ? " type argument, " : " type arguments, ")
              + (index + 1)
              + " are needed");
    }
    return arguments.get(index);
  }

  /** Whether this type's raw class is {@code type} or a subtype of it. */
  public boolean isSubtypeOf(Class<?> type) {
    return type.isAssignableFrom(rawType);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TypeRef
        && ((TypeRef<?>) o).rawType == rawType
        && ((TypeRef<?>) o).arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The type as Java source would write it, such as {@code java.util.List<Order>}. */
  @Override
  public String toString() {
    String name =
        rawType.getName().startsWith("java.lang.") ? rawType.getSimpleName() : rawType.getName();
    if (arguments.isEmpty()) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name).append('<');
    for (int i = 0; i < arguments.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(arguments.get(i));
    }
    return sb.append('>').toString();
  }

  private static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    } else if (type == long.class) {
      return Long.class;
    } else if (type == boolean.class) {
      return Boolean.class;
    } else if (type == double.class) {
      return Double.class;
    } else if (type == float.class) {
      return Float.class;
    } else if (type == short.class) {
      return Short.class;
    } else if (type == byte.class) {
      return Byte.class;
    } else if (type == char.class) {
      return Character.class;
    }
    return Void.class;
  }
}
