package io.dynamo.codec.internal.codecs;

import io.dynamo.codec.AttributeCodec;
import io.dynamo.codec.AttributeType;
import io.dynamo.codec.AttributeTypeException;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import io.dynamo.codec.InvalidAttributeValueException;
import io.dynamo.codec.TypeRef;
import io.dynamo.codec.UnsupportedTypeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Codecs for Optional, lists and collections ({@code L}), sets and string-keyed maps. */
final class CollectionCodecs {
  private CollectionCodecs() {}

  static AttributeCodec<?> optional(TypeRef<?> type, CodecRegistry registry) {
    AttributeCodec<Object> element = element(type, 0, registry);
    return new AttributeCodec<Optional<Object>>() {
      @Override
      public AttributeValue encode(Optional<Object> value) {
        return value == null || value.isEmpty()
            ? AttributeValue.nul()
            : NullSafe.encode(element, value.get());
      }

      @Override
      public Optional<Object> decode(AttributeValue value) {
        return Optional.ofNullable(NullSafe.decode(element, value));
      }

      @Override
      public boolean handlesNull() {
        return true;
      }
    };
  }

  static AttributeCodec<?> list(TypeRef<?> type, CodecRegistry registry) {
    AttributeCodec<Object> element = element(type, 0, registry);
    Supplier<Collection<Object>> factory = collectionFactory(type);
    // Iterable, not Collection: this codec also serves a declared Iterable<T>
    return new AttributeCodec<Iterable<Object>>() {
      @Override
      public AttributeValue encode(Iterable<Object> value) {
        List<AttributeValue> out =
            new ArrayList<>(value instanceof Collection ? ((Collection<?>) value).size() : 10);
        int[] depth = Descent.enter();
        try {
          for (Object o : value) {
            try {
              out.add(NullSafe.encode(element, o));
            } catch (CodecException e) {
              throw e.inside(out.size());
            }
          }
        } finally {
          Descent.leave(depth);
        }
        return AttributeValue.l(out);
      }

      @Override
      public Collection<Object> decode(AttributeValue value) {
        Collection<Object> out = factory.get();
        if (value instanceof AttributeValue.L) {
          int i = 0;
          for (AttributeValue v : ((AttributeValue.L) value).values()) {
            try {
              out.add(NullSafe.decode(element, v));
            } catch (CodecException e) {
              throw e.inside(i);
            }
            i++;
          }
          return out;
        }
        if (value.type().isSet()) {
          return decodeSetMembers(value, element, out);
        }
        throw new AttributeTypeException("L", value.type());
      }
    };
  }

  static AttributeCodec<?> set(TypeRef<?> type, CodecRegistry registry) {
    AttributeCodec<Object> element = element(type, 0, registry);
    Supplier<Collection<Object>> factory = setFactory(type);
    return new AttributeCodec<Collection<Object>>() {
      @Override
      public AttributeValue encode(Collection<Object> value) {
        if (value.isEmpty()) {
          throw new InvalidAttributeValueException(
              "empty set; DynamoDB does not store empty sets (omit the attribute instead)");
        }
        List<AttributeValue> members = new ArrayList<>(value.size());
        int[] depth = Descent.enter();
        try {
          for (Object o : value) {
            try {
              members.add(NullSafe.encode(element, o));
            } catch (CodecException e) {
              throw e.inside(members.size());
            }
          }
        } finally {
          Descent.leave(depth);
        }
        return toSet(members);
      }

      @Override
      public Collection<Object> decode(AttributeValue value) {
        Collection<Object> out = factory.get();
        if (value instanceof AttributeValue.L) {
          int i = 0;
          for (AttributeValue v : ((AttributeValue.L) value).values()) {
            try {
              out.add(NullSafe.decode(element, v));
            } catch (CodecException e) {
              throw e.inside(i);
            }
            i++;
          }
          return out;
        }
        if (!value.type().isSet()) {
          throw new AttributeTypeException("SS, NS, BS or L", value.type());
        }
        return decodeSetMembers(value, element, out);
      }
    };
  }

  static AttributeCodec<?> map(TypeRef<?> type, CodecRegistry registry) {
    if (!type.arguments().isEmpty() && type.argument(0).rawType() != String.class) {
      throw new UnsupportedTypeException(
          "no codec for " + type + "; DynamoDB maps (M) have string keys, so use Map<String, V>");
    }
    AttributeCodec<Object> value = element(type, 1, registry);
    Supplier<Map<String, Object>> factory = mapFactory(type);
    return new AttributeCodec<Map<String, Object>>() {
      @Override
      public AttributeValue encode(Map<String, Object> map) {
        Map<String, AttributeValue> out = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
        int[] depth = Descent.enter();
        try {
          for (Map.Entry<String, Object> e : map.entrySet()) {
            Object key = e.getKey();
            if (!(key instanceof String)) {
              throw new InvalidAttributeValueException(
                  "map key of type "
                      + (key == null ? "null" : key.getClass().getName())
                      + " is not a string; DynamoDB maps (M) have string keys");
            }
            try {
              out.put((String) key, NullSafe.encode(value, e.getValue()));
            } catch (CodecException ex) {
              throw ex.inside((String) key);
            }
          }
        } finally {
          Descent.leave(depth);
        }
        return AttributeValue.m(out);
      }

      @Override
      public Map<String, Object> decode(AttributeValue attribute) {
        if (!(attribute instanceof AttributeValue.M)) {
          throw new AttributeTypeException("M", attribute.type());
        }
        Map<String, Object> out = factory.get();
        for (Map.Entry<String, AttributeValue> e :
            ((AttributeValue.M) attribute).values().entrySet()) {
          try {
            out.put(e.getKey(), NullSafe.decode(value, e.getValue()));
          } catch (CodecException ex) {
            throw ex.inside(e.getKey());
          }
        }
        return out;
      }
    };
  }

  /** Members all S, all N or all B become SS, NS or BS; anything else is an error. */
  static AttributeValue toSet(List<AttributeValue> members) {
    AttributeType type = members.get(0).type();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).type() != type || !type.isKeyType()) {
        throw new InvalidAttributeValueException(
                "set member encodes to "
                    + members.get(i).type()
                    + (type.isKeyType() && members.get(i).type().isKeyType()
                        ? " but the first member to " + type
                        : "")
                    + "; a set is stored as SS, NS or BS, so all its members must be strings, all"
                    + " numbers or all binaries (use a List for anything else)")
            .inside(i);
      }
    }
    switch (type) {
      case S:
        {
          List<String> values = new ArrayList<>(members.size());
          for (AttributeValue m : members) {
            values.add(((AttributeValue.S) m).value());
          }
          return AttributeValue.ss(values);
        }
      case N:
        {
          List<String> values = new ArrayList<>(members.size());
          for (AttributeValue m : members) {
            values.add(((AttributeValue.N) m).value());
          }
          return AttributeValue.ns(values);
        }
      default:
        {
          List<Bytes> values = new ArrayList<>(members.size());
          for (AttributeValue m : members) {
            values.add(((AttributeValue.B) m).value());
          }
          return AttributeValue.bs(values);
        }
    }
  }

  private static Collection<Object> decodeSetMembers(
      AttributeValue set, AttributeCodec<Object> element, Collection<Object> out) {
    int i = 0;
    for (AttributeValue member : members(set)) {
      try {
        out.add(element.decode(member));
      } catch (CodecException e) {
        throw e.inside(i);
      }
      i++;
    }
    return out;
  }

  private static List<AttributeValue> members(AttributeValue set) {
    List<AttributeValue> out = new ArrayList<>();
    if (set instanceof AttributeValue.SS) {
      for (String s : ((AttributeValue.SS) set).values()) {
        out.add(AttributeValue.s(s));
      }
    } else if (set instanceof AttributeValue.NS) {
      for (String n : ((AttributeValue.NS) set).values()) {
        out.add(AttributeValue.n(n));
      }
    } else {
      for (Bytes b : ((AttributeValue.BS) set).values()) {
        out.add(AttributeValue.b(b));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static AttributeCodec<Object> element(
      TypeRef<?> type, int index, CodecRegistry registry) {
    return (AttributeCodec<Object>) registry.codec(type.argument(index));
  }

  private static Supplier<Collection<Object>> collectionFactory(TypeRef<?> type) {
    Class<?> raw = type.rawType();
    if (raw.isAssignableFrom(ArrayList.class)) {
      return ArrayList::new;
    }
    if (raw.isAssignableFrom(LinkedList.class)) {
      return LinkedList::new;
    }
    if (raw.isAssignableFrom(LinkedHashSet.class)) {
      return LinkedHashSet::new;
    }
    return () -> {
      throw cannotCreate(type);
    };
  }

  private static Supplier<Collection<Object>> setFactory(TypeRef<?> type) {
    Class<?> raw = type.rawType();
    if (raw.isAssignableFrom(LinkedHashSet.class)) {
      return LinkedHashSet::new;
    }
    if (raw.isAssignableFrom(TreeSet.class) || raw == NavigableSet.class) {
      return TreeSet::new;
    }
    return () -> {
      throw cannotCreate(type);
    };
  }

  private static Supplier<Map<String, Object>> mapFactory(TypeRef<?> type) {
    Class<?> raw = type.rawType();
    if (raw.isAssignableFrom(LinkedHashMap.class)) {
      return LinkedHashMap::new;
    }
    if (raw.isAssignableFrom(TreeMap.class) || raw == NavigableMap.class) {
      return TreeMap::new;
    }
    return () -> {
      throw cannotCreate(type);
    };
  }

  private static UnsupportedTypeException cannotCreate(TypeRef<?> type) {
    return new UnsupportedTypeException(
        "cannot create a "
            + type.rawType().getName()
            + " to decode into; ask for List, Set, Map, Collection or one of their common"
            + " implementations (ArrayList, LinkedList, LinkedHashSet, TreeSet, LinkedHashMap,"
            + " TreeMap)");
  }
}
