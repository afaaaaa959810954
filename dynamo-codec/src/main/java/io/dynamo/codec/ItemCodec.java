package io.dynamo.codec;

import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a Java type to and from DynamoDB items with two functions, without reflection:
 *
 * <pre>{@code
 * ItemCodec<User> USER = ItemCodec.of(
 *     (u, w) -> w.number("user/id", u.id()).string("user/name", u.name()),
 *     r -> new User(r.getLong("user/id"), r.getString("user/name")));
 * }</pre>
 *
 * <p>The writer fills an {@link ItemBuilder}; the reader gets an {@link Item} whose getters throw
 * {@link MissingAttributeException} or {@link AttributeTypeException} naming the attribute. An item
 * codec is also an {@link AttributeCodec} (to and from {@code M}), so types nest: register it with
 * {@link CodecRegistry.Builder#register(Class, AttributeCodec)} and it is used inside lists, maps
 * and other items. Values the writer gives as plain Java objects, and the reader's typed getters,
 * use the registry the codec is registered in ({@link CodecRegistry#defaults()} until then).
 * Immutable and thread-safe.
 *
 * @param <T> the mapped type
 */
public final class ItemCodec<T> implements AttributeCodec<T> {
  private final BiConsumer<? super T, ItemBuilder> writer;
  private final Function<? super Item, ? extends T> reader;
  private final CodecRegistry registry;
  private final Consumer<? super T> check;

  private ItemCodec(
      BiConsumer<? super T, ItemBuilder> writer,
      Function<? super Item, ? extends T> reader,
      CodecRegistry registry,
      Consumer<? super T> check) {
    this.writer = writer;
    this.reader = reader;
    this.registry = registry;
    this.check = check;
  }

  /** An item codec from a writer and a reader. */
  public static <T> ItemCodec<T> of(
      BiConsumer<? super T, ItemBuilder> writer, Function<? super Item, ? extends T> reader) {
    return new ItemCodec<>(
        Objects.requireNonNull(writer, "writer"),
        Objects.requireNonNull(reader, "reader"),
        null,
        null);
  }

  /** This codec, with plain values and getters going through {@code registry}. */
  public ItemCodec<T> using(CodecRegistry registry) {
    return registry == this.registry ? this : new ItemCodec<>(writer, reader, registry, check);
  }

  /**
   * This codec, with {@code check} run on every value before it is written, after any check this
   * codec already runs: it throws to refuse the value, and then nothing is written. This is where
   * {@code dynamo-validation} validates annotated item types; a codec without a check costs nothing
   * for it.
   */
  public ItemCodec<T> checking(Consumer<? super T> check) {
    Objects.requireNonNull(check, "check");
    Consumer<? super T> first = this.check;
    Consumer<T> both =
        first == null
            ? check::accept
            : value -> {
              first.accept(value);
              check.accept(value);
            };
    return new ItemCodec<>(writer, reader, registry, both);
  }

  /** The item for {@code value}. */
  public Item toItem(T value) {
    if (value == null) {
      throw new InvalidAttributeValueException("value to write as an item is null");
    }
    if (check != null) {
      check.accept(value);
    }
    ItemBuilder builder = new ItemBuilder(registry());
    writer.accept(value, builder);
    return builder.build();
  }

  /** The value read from {@code item}. */
  public T fromItem(Item item) {
    return reader.apply(
        item.registry() == registry() ? item : Item.from(item.attributes(), registry()));
  }

  /** The value read from an item's attributes. */
  public T fromItem(Map<String, AttributeValue> attributes) {
    return reader.apply(Item.from(attributes, registry()));
  }

  @Override
  public AttributeValue encode(T value) {
    return AttributeValue.m(toItem(value).attributes());
  }

  @Override
  public T decode(AttributeValue value) {
    if (!(value instanceof AttributeValue.M)) {
      throw new AttributeTypeException("M", value.type());
    }
    return reader.apply(new Item(((AttributeValue.M) value).values(), registry()));
  }

  private CodecRegistry registry() {
    return registry != null ? registry : CodecRegistry.defaults();
  }
}
