package io.dynamo.testkit.internal;

import java.util.Locale;

/** The shape types of an AWS JSON-protocol service model. */
public enum ShapeType {
  STRUCTURE,
  LIST,
  MAP,
  STRING,
  INTEGER,
  LONG,
  FLOAT,
  DOUBLE,
  BOOLEAN,
  BLOB,
  TIMESTAMP;

  /** The type named {@code name} in a model ({@code "structure"}, {@code "string"}, ...). */
  public static ShapeType from(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The model's name for this type. */
  public String modelName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
