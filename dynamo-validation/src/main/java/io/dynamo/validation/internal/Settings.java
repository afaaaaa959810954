package io.dynamo.validation.internal;

import io.dynamo.api.model.TableDescription;
import io.dynamo.validation.KeySchema;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the validators of one {@code DynamoValidation} share: the key schemas given and learnt, how
 * to learn one (if at all), and whether item values may be shown. Thread-safe.
 */
public final class Settings {
  /** No key schema, values never shown: for a validator used without a payload. */
  static final Settings NONE = new Settings(Map.of(), null, false);

  private final Map<String, KeySchema> given;
  private final Map<String, KeySchema> learnt = new ConcurrentHashMap<>();
  private final Function<String, TableDescription> describe;
  private final boolean showValues;

  /**
   * Settings.
   *
   * @param given the key schemas by table name, copied
   * @param describe describes a table to learn its key schema, or null not to learn
   * @param showValues whether item values may be shown in messages
   */
  public Settings(
      Map<String, KeySchema> given,
      Function<String, TableDescription> describe,
      boolean showValues) {
    this.given = Map.copyOf(given);
    this.describe = describe;
    this.showValues = showValues;
  }

  /** The settings a validator is called with: its {@code Validator}'s payload. */
  static Settings of(ConstraintValidatorContext context) {
    Settings s =
        context
            .unwrap(
                org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext
                    .class)
            .getConstraintValidatorPayload(Settings.class);
    return s != null ? s : NONE;
  }

  /** Whether item values may be shown in messages. */
  public boolean showValues() {
    return showValues;
  }

  /** The key schema of {@code table} given or learnt so far, without learning it; or null. */
  public KeySchema known(String table) {
    KeySchema schema = given.get(table);
    return schema != null ? schema : learnt.get(table);
  }

  /**
   * The key schema of {@code table}: given, learnt before, or learnt now with one DescribeTable;
   * null when unknown (not given, not learning, or the table could not be described).
   */
  public KeySchema keySchema(String table) {
    if (table == null) {
      return null;
    }
    KeySchema schema = given.get(table);
    if (schema != null || describe == null) {
      return schema;
    }
    schema = learnt.get(table);
    if (schema != null) {
      return schema;
    }
    try {
      schema = KeySchema.from(describe.apply(table));
    } catch (RuntimeException e) {
      // no such table, no permission, no network: the call itself will say what is wrong
      return null;
    }
    learnt.put(table, schema);
    return schema;
  }
}
