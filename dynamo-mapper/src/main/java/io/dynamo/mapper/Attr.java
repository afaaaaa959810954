package io.dynamo.mapper;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Operand;
import io.dynamo.api.expr.Path;
import io.dynamo.api.expr.Update;
import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeType;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed reference to one attribute of a mapped record, for conditions, key conditions, filters
 * and updates: the attribute's name is written once, in the record, and values are of the
 * component's type.
 *
 * <pre>{@code
 * orders.update(OrderSchema.key("o-1", created),
 *     TOTAL.set(new BigDecimal("12.50")).and(TAGS.add(Set.of("paid"))),
 *     STATUS.eq(Status.NEW).and(TOTAL.lt(new BigDecimal("100"))));
 * orders.index(OrderSchema.BY_CUSTOMER).query(CUSTOMER.eq("c-1"));
 * }</pre>
 *
 * <p>Values of types the client's registry knows are given to the request as they are, and encoded
 * with the request's codecs, as the item is; values of components with a codec of their own (nested
 * records, {@link WithCodec}) are encoded with it. Setting an absent value (a {@code null}, an
 * empty {@code Optional} or an empty set) follows the component's {@link Nulls} policy: the
 * attribute is removed, or set to {@code NULL}. The generated schema classes make these; immutable
 * and thread-safe.
 *
 * @param <V> the component's type
 */
public final class Attr<V> {
  private final String name;
  private final Path path;
  private final TypeRef<V> type;
  private final AttributeCodec<V> codec;
  private final boolean storeNull;

  private Attr(String name, TypeRef<V> type, AttributeCodec<V> codec, Nulls nulls) {
    this.name = Objects.requireNonNull(name, "name");
    this.path = Path.name(name);
    this.type = Objects.requireNonNull(type, "type");
    this.codec = codec;
    this.storeNull = nulls == Nulls.STORE_NULL;
  }

  /** The attribute {@code name} of {@code type}, encoded by the registry. */
  public static <V> Attr<V> of(String name, TypeRef<V> type, Nulls nulls) {
    return new Attr<>(name, type, null, nulls);
  }

  /** The attribute {@code name} of {@code type}, encoded with {@code codec}. */
  public static <V> Attr<V> of(String name, TypeRef<V> type, AttributeCodec<V> codec, Nulls nulls) {
    return new Attr<>(name, type, Objects.requireNonNull(codec, "codec"), nulls);
  }

  /** The attribute's name. */
  public String name() {
    return name;
  }

  /** The attribute as a path, taken literally: a name with dots or slashes is one name. */
  public Path path() {
    return path;
  }

  /** The component's type. */
  public TypeRef<V> type() {
    return type;
  }

  /**
   * The attribute value of {@code value}, with the component's codec or the built-in ones (what
   * keys are made with).
   */
  public AttributeValue encode(V value) {
    Object plain = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    if (plain == null) {
      return AttributeValue.nul();
    }
    return codec != null ? codec.encode(value) : CodecRegistry.defaults().encode(value, type);
  }

  /** {@code attribute = value}. */
  public Condition eq(V value) {
    return Condition.eq(path, operand(value));
  }

  /** {@code attribute <> value}. */
  public Condition ne(V value) {
    return Condition.ne(path, operand(value));
  }

  /** {@code attribute < value}. */
  public Condition lt(V value) {
    return Condition.lt(path, operand(value));
  }

  /** {@code attribute <= value}. */
  public Condition le(V value) {
    return Condition.le(path, operand(value));
  }

  /** {@code attribute > value}. */
  public Condition gt(V value) {
    return Condition.gt(path, operand(value));
  }

  /** {@code attribute >= value}. */
  public Condition ge(V value) {
    return Condition.ge(path, operand(value));
  }

  /** {@code attribute BETWEEN low AND high}, both included. */
  public Condition between(V low, V high) {
    return Condition.between(path, operand(low), operand(high));
  }

  /** {@code attribute IN (...)}: 1 to 100 candidates. */
  @SafeVarargs
  public final Condition in(V... candidates) {
    return in(Arrays.asList(candidates));
  }

  /** {@code attribute IN (...)} with the collection's elements as candidates. */
  public Condition in(Collection<? extends V> candidates) {
    List<Object> operands = new ArrayList<>(candidates.size());
    for (V c : candidates) {
      operands.add(operand(c));
    }
    return Condition.in(path, operands);
  }

  /** {@code attribute_exists(attribute)}. */
  public Condition exists() {
    return Condition.attributeExists(path);
  }

  /** {@code attribute_not_exists(attribute)}: with the partition key, "no such item yet". */
  public Condition notExists() {
    return Condition.attributeNotExists(path);
  }

  /** {@code begins_with(attribute, prefix)}, for string (and binary) attributes. */
  public Condition beginsWith(Object prefix) {
    return Condition.beginsWith(path, prefix);
  }

  /** {@code contains(attribute, member)}: a substring, or a member of a set or list. */
  public Condition contains(Object member) {
    return Condition.contains(path, member);
  }

  /** {@code attribute_type(attribute, type)}. */
  public Condition hasType(AttributeType attributeType) {
    return Condition.attributeType(path, attributeType);
  }

  /** {@code size(attribute)}, to compare: {@code Condition.gt(TAGS.size(), 3)}. */
  public Operand size() {
    return Condition.size(path);
  }

  /**
   * {@code SET attribute = value}; an absent value or an empty set removes the attribute, or sets
   * it to {@code NULL}, as the component's policy says.
   */
  public Update set(V value) {
    if (isAbsent(value)) {
      return storeNull ? Update.set(path, AttributeValue.nul()) : Update.remove(path);
    }
    return Update.set(path, operand(value));
  }

  /** {@code REMOVE attribute}. */
  public Update remove() {
    return Update.remove(path);
  }

  /** {@code ADD attribute value}: adds to a number, or the elements of a set. */
  public Update add(V value) {
    return Update.add(path, operand(value));
  }

  /** {@code DELETE attribute value}: removes the elements of a set from it. */
  public Update delete(V value) {
    return Update.delete(path, operand(value));
  }

  private Object operand(V value) {
    if (value instanceof Optional) {
      Optional<?> o = (Optional<?>) value;
      if (codec == null || o.isEmpty()) {
        return o.orElse(null);
      }
    }
    return codec != null && value != null ? codec.encode(value) : value;
  }

  private static boolean isAbsent(Object value) {
    return value == null
        || (value instanceof Optional && ((Optional<?>) value).isEmpty())
        || (value instanceof java.util.Set && ((java.util.Set<?>) value).isEmpty());
  }

  @Override
  public String toString() {
    return "Attr[" + name + ": " + type + "]";
  }
}
