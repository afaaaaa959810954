package io.dynamo.codec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads alternating names and values, as in {@code Item.of("id", 1, "name", "Ivan")}. */
final class Pairs {
  private Pairs() {}

  static Map<String, AttributeValue> encode(
      String what, CodecRegistry registry, Object... namesAndValues) {
    if (namesAndValues == null) {
      throw new InvalidAttributeValueException(what + " arguments are null");
    }
    if (namesAndValues.length % 2 != 0) {
      throw new InvalidAttributeValueException(
          what
              + " takes attribute names and values in pairs, but got "
              + namesAndValues.length
              + " arguments");
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>(namesAndValues.length);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object name = namesAndValues[i];
      if (!(name instanceof String)) {
        throw new InvalidAttributeValueException(
            what
                + " argument "
                + (i + 1)
                + " must be an attribute name (a String) but is "
                + (name == null ? "null" : "a " + name.getClass().getName()));
      }
      String attribute = (String) name;
      if (attribute.isEmpty()) {
        throw new InvalidAttributeValueException(
            what + " argument " + (i + 1) + " is an empty attribute name; names must not be empty");
      }
      AttributeValue value;
      try {
        value = registry.encode(namesAndValues[i + 1]);
      } catch (CodecException e) {
        throw e.inside(attribute);
      }
      if (out.put(attribute, value) != null) {
        throw new InvalidAttributeValueException(
            what + " names attribute '" + attribute + "' twice; names must be distinct");
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
