package io.dynamo.codec;

import io.dynamo.codec.internal.Checks;
import io.dynamo.codec.internal.codecs.BuiltInCodecs;
import io.dynamo.codec.internal.codecs.NullSafe;
import io.dynamo.codec.spi.CodecProvider;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@link AttributeCodec} for a Java type, and encodes and decodes values with it.
 *
 * <p>Lookup order: the factories and codecs registered on the {@link Builder}, first added first;
 * then the factories of {@link CodecProvider}s found by {@link ServiceLoader} (when discovery is
 * on, which it is by default), higher {@link CodecProvider#priority()} first and equal priorities
 * by class name; then the built-in codecs. The first factory that answers wins; a factory can wrap
 * the codec it shadows with {@link #nextCodec(CodecFactory, TypeRef)}.
 *
 * <p>Built in: {@code String}, all primitives and their wrappers, {@code BigDecimal}, {@code
 * BigInteger}, {@code byte[]}, {@link Bytes}, {@code ByteBuffer}, {@code UUID}, {@code URI}, enums
 * (by name), {@code java.time} types (ISO-8601 strings; see {@link Codecs}), {@code Optional},
 * lists and collections ({@code L}), sets of strings, numbers or binaries ({@code SS}, {@code NS},
 * {@code BS}), {@code Map<String, V>} ({@code M}), {@link AttributeValue}, {@link Item} and {@link
 * Key}. Element and member codecs come from this registry, so a registered codec is used inside
 * collections too. Types that refer to themselves work.
 *
 * <p>{@code null} encodes to {@code NULL} and {@code NULL} decodes to {@code null} (or an empty
 * {@code Optional}). Registries are immutable and thread-safe; codecs are cached per type.
 */
public final class CodecRegistry {
  private final List<CodecFactory> registered;
  private final boolean discover;
  private final List<CodecFactory> factories;
  private final Map<TypeRef<?>, AttributeCodec<?>> cache = new ConcurrentHashMap<>();
  private final Map<Class<?>, AttributeCodec<?>> byRuntimeClass = new ConcurrentHashMap<>();
  private final ThreadLocal<Lookup> lookups = new ThreadLocal<>();

  private CodecRegistry(List<CodecFactory> registered, boolean discover) {
    this.registered = List.copyOf(registered);
    this.discover = discover;
    List<CodecFactory> all = new ArrayList<>(this.registered);
    if (discover) {
      all.addAll(discoveredFactories());
    }
    all.addAll(BuiltInCodecs.factories());
    this.factories = List.copyOf(all);
  }

  /**
   * The registry used where none is given: built-in codecs and those of discovered {@link
   * CodecProvider}s. Created on first use.
   */
  public static CodecRegistry defaults() {
    return Defaults.INSTANCE;
  }

  /** A builder with discovery on and nothing registered. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this registry's registrations and discovery setting. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.factories.addAll(registered);
    b.discover = discover;
    return b;
  }

  /**
   * The codec for {@code type}.
   *
   * @throws UnsupportedTypeException if no factory handles the type
   */
  public <T> AttributeCodec<T> codec(Class<T> type) {
    return codec(TypeRef.of(type));
  }

  /**
   * The codec for {@code type}.
   *
   * @throws UnsupportedTypeException if no factory handles the type
   */
  @SuppressWarnings("unchecked")
  public <T> AttributeCodec<T> codec(TypeRef<T> type) {
    AttributeCodec<?> codec = find(type);
    if (codec == null) {
      throw unsupported(type.toString());
    }
    return (AttributeCodec<T>) codec;
  }

  /**
   * The codec for {@code type} that the factories after {@code skipPast} would give: what {@code
   * skipPast} shadows. Not cached.
   *
   * @throws UnsupportedTypeException if no later factory handles the type
   */
  @SuppressWarnings("unchecked")
  public <T> AttributeCodec<T> nextCodec(CodecFactory skipPast, TypeRef<T> type) {
    int index = -1;
    for (int i = 0; i < factories.size(); i++) {
      if (factories.get(i) == skipPast) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException("factory " + skipPast + " is not in this registry");
    }
    AttributeCodec<?> codec = createFrom(index + 1, type);
    if (codec == null) {
      throw unsupported(type.toString());
    }
    return (AttributeCodec<T>) codec;
  }

  /**
   * Encodes a value by its runtime class: {@code encode(42)} is {@code {"N":"42"}}. Attribute
   * values are returned as they are; {@code null} is {@code NULL}.
   *
   * @throws UnsupportedTypeException if no codec handles the value's class
   */
  @SuppressWarnings("unchecked")
  public AttributeValue encode(Object value) {
    if (value == null) {
      return AttributeValue.nul();
    }
    if (value instanceof AttributeValue) {
      return (AttributeValue) value;
    }
    return NullSafe.encode((AttributeCodec<Object>) codecForRuntimeClass(value), value);
  }

  /** Encodes a value of a generic type with that type's codec. */
  public <T> AttributeValue encode(T value, TypeRef<T> type) {
    return NullSafe.encode(codec(type), value);
  }

  /** Decodes a value to {@code type}; {@code NULL} gives {@code null}. */
  public <T> T decode(AttributeValue value, Class<T> type) {
    return decode(value, TypeRef.of(type));
  }

  /** Decodes a value to {@code type}; {@code NULL} gives {@code null} (or an empty Optional). */
  public <T> T decode(AttributeValue value, TypeRef<T> type) {
    if (value == null) {
      throw new InvalidAttributeValueException("attribute value is null");
    }
    return NullSafe.decode(codec(type), value);
  }

  /**
   * Decodes a value to plain Java: {@code S} to String, {@code N} to BigDecimal, {@code B} to
   * {@link Bytes}, sets to Sets, {@code M} to {@code Map<String, Object>}, {@code L} to {@code
   * List<Object>}, {@code BOOL} to Boolean, {@code NULL} to null; unknown types stay as they are.
   */
  public Object decode(AttributeValue value) {
    return decode(value, Object.class);
  }

  /**
   * Encodes each value of a map by its runtime class, keeping the map's order: for items and for
   * expression attribute values given as plain Java values. Errors name the key; names must not be
   * empty.
   */
  public Map<String, AttributeValue> encodeAll(Map<String, ?> values) {
    if (values == null) {
      throw new InvalidAttributeValueException("map of values is null");
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
    for (Map.Entry<String, ?> e : values.entrySet()) {
      if (e.getKey() == null) {
        throw new InvalidAttributeValueException("null name in a map of values");
      }
      if (e.getKey().isEmpty()) {
        throw Checks.emptyName();
      }
      try {
        out.put(e.getKey(), encode(e.getValue()));
      } catch (CodecException ex) {
        throw ex.inside(e.getKey());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** An item from alternating names and plain Java values, encoded with this registry. */
  public Item item(Object... namesAndValues) {
    return Item.create(this, namesAndValues);
  }

  /** A key from alternating names and plain Java values, encoded with this registry. */
  public Key key(Object... namesAndValues) {
    return Key.create(this, namesAndValues);
  }

  private AttributeCodec<?> codecForRuntimeClass(Object value) {
    Class<?> type =
        value instanceof Enum ? ((Enum<?>) value).getDeclaringClass() : value.getClass();
    if (type == Object.class) {
      // the Object codec encodes by runtime class, which would be this lookup again
      throw unsupported(type.getName());
    }
    AttributeCodec<?> codec = byRuntimeClass.get(type);
    if (codec != null) {
      return codec;
    }
    Deque<Class<?>> candidates = new ArrayDeque<>();
    candidates.add(type);
    while (!candidates.isEmpty() && codec == null) {
      Class<?> c = candidates.poll();
      if (c == Iterable.class) {
        // only a declared Iterable<T> is a list; an object that merely iterates (such as a
        // Path, whose elements are Paths) is not encoded as one by its runtime class
        continue;
      }
      codec = find(TypeRef.of(c));
      if (c.getSuperclass() != null && c.getSuperclass() != Object.class) {
        candidates.add(c.getSuperclass());
      }
      Collections.addAll(candidates, c.getInterfaces());
    }
    if (codec == null) {
      throw unsupported(type.getName());
    }
    byRuntimeClass.putIfAbsent(type, codec);
    return codec;
  }

  /**
   * The cached codec, or a new one. Codecs made during one outermost lookup (a type and everything
   * its factories ask for) go into the cache together when that lookup succeeds: until then some of
   * them may hold stand-ins for codecs still being made (types that refer to themselves), which
   * other threads must never see, and which must not outlive a lookup that fails.
   */
  private AttributeCodec<?> find(TypeRef<?> type) {
    AttributeCodec<?> cached = cache.get(type);
    if (cached != null) {
      return cached;
    }
    Lookup lookup = lookups.get();
    boolean outermost = lookup == null;
    if (outermost) {
      lookup = new Lookup();
      lookups.set(lookup);
    } else {
      AttributeCodec<?> made = lookup.made.get(type);
      if (made != null) {
        return made;
      }
      DeferredCodec<?> deferred = lookup.pending.get(type);
      if (deferred != null) {
        lookup.handedOut.add(type);
        return deferred; // a type that refers to itself: resolved when its codec is made
      }
    }
    DeferredCodec<?> deferred = new DeferredCodec<>(type);
    lookup.pending.put(type, deferred);
    boolean made = false;
    try {
      AttributeCodec<?> codec = createFrom(0, type);
      if (codec != null) {
        deferred.resolve(codec);
        lookup.made.put(type, codec);
        made = true;
      }
      if (outermost && made && !lookup.broken) {
        for (Map.Entry<TypeRef<?>, AttributeCodec<?>> e : lookup.made.entrySet()) {
          cache.putIfAbsent(e.getKey(), e.getValue());
        }
        return cache.get(type);
      }
      return codec;
    } finally {
      lookup.pending.remove(type);
      if (!made && lookup.handedOut.contains(type)) {
        // some codec made in this lookup holds this type's stand-in, which stays empty: cache none
        lookup.broken = true;
      }
      if (outermost) {
        lookups.remove();
      }
    }
  }

  private AttributeCodec<?> createFrom(int start, TypeRef<?> type) {
    for (int i = start; i < factories.size(); i++) {
      AttributeCodec<?> codec = factories.get(i).create(type, this);
      if (codec != null) {
        return codec instanceof ItemCodec ? ((ItemCodec<?>) codec).using(this) : codec;
      }
    }
    return null;
  }

  private static UnsupportedTypeException unsupported(String type) {
    return new UnsupportedTypeException(
        "no codec for "
            + type
            + "; register one with CodecRegistry.builder().register(...), or provide one with a"
            + " CodecProvider");
  }

  private static List<CodecFactory> discoveredFactories() {
    List<CodecProvider> providers = new ArrayList<>();
    try {
      for (CodecProvider provider : ServiceLoader.load(CodecProvider.class)) {
        providers.add(provider);
      }
    } catch (ServiceConfigurationError e) {
      throw new DynamoException("a CodecProvider could not be loaded: " + e.getMessage(), e);
    }
    if (providers.size() > 1) { // most applications have none: nothing to sort, nothing to spin
      providers.sort(
          Comparator.comparingInt(CodecProvider::priority)
              .reversed()
              .thenComparing(p -> p.getClass().getName()));
    }
    List<CodecFactory> factories = new ArrayList<>();
    for (CodecProvider provider : providers) {
      factories.addAll(provider.factories());
    }
    return factories;
  }

  /** One thread's lookup in progress: codecs being made, and those made but not yet cached. */
  private static final class Lookup {
    final Map<TypeRef<?>, DeferredCodec<?>> pending = new HashMap<>();
    final Map<TypeRef<?>, AttributeCodec<?>> made = new LinkedHashMap<>();
    final Set<TypeRef<?>> handedOut = new HashSet<>();
    boolean broken;
  }

  private static final class Defaults {
    static final CodecRegistry INSTANCE = new CodecRegistry(List.of(), true);
  }

  /** Collects registrations; {@link #build()} makes an immutable registry. Not thread-safe. */
  public static final class Builder {
    private final List<CodecFactory> factories = new ArrayList<>();
    private boolean discover = true;

    private Builder() {}

    /** Uses {@code codec} for exactly {@code type}, ahead of discovered and built-in codecs. */
    public <T> Builder register(Class<T> type, AttributeCodec<T> codec) {
      return register(TypeRef.of(type), codec);
    }

    /** Uses {@code codec} for exactly {@code type}, ahead of discovered and built-in codecs. */
    public <T> Builder register(TypeRef<T> type, AttributeCodec<T> codec) {
      if (type == null || codec == null) {
        throw new IllegalArgumentException("type and codec must not be null");
      }
      factories.add(CodecFactory.of(type, codec));
      return this;
    }

    /** Asks {@code factory} ahead of discovered and built-in codecs. */
    public Builder add(CodecFactory factory) {
      if (factory == null) {
        throw new IllegalArgumentException("factory must not be null");
      }
      factories.add(factory);
      return this;
    }

    /** Adds a provider's factories here, in registration order, whether or not it is discovered. */
    public Builder add(CodecProvider provider) {
      factories.addAll(provider.factories());
      return this;
    }

    /** Whether to include {@link CodecProvider}s found by {@link ServiceLoader} (default true). */
    public Builder discoverProviders(boolean discover) {
      this.discover = discover;
      return this;
    }

    /** The registry. */
    public CodecRegistry build() {
      return new CodecRegistry(factories, discover);
    }
  }
}
