package io.dynamo.validation;

import io.dynamo.api.call.RequestValidator;
import io.dynamo.api.model.DynamoRequest;
import io.dynamo.api.model.TableDescription;
import io.dynamo.codec.ItemCodec;
import io.dynamo.validation.internal.Describe;
import io.dynamo.validation.internal.Factories;
import io.dynamo.validation.internal.ModelMapping;
import io.dynamo.validation.internal.Paths;
import io.dynamo.validation.internal.RulePayload;
import io.dynamo.validation.internal.Settings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Thorough validation of DynamoDB requests and items with Jakarta Bean Validation, before anything
 * is sent; opt in by giving it to a client:
 *
 * <pre>{@code
 * DynamoClient db = DynamoClient.builder()
 *     .validation(DynamoValidation.builder()
 *         .keySchema("users", KeySchema.of("user/id", ScalarType.N, "user/name", ScalarType.S))
 *         .build())
 *     .build();
 * db.putItem(request);   // RequestValidationException listing every violation; nothing sent
 * }</pre>
 *
 * <p>Every typed request is checked against DynamoDB's model, with constraints derived from {@link
 * io.dynamo.api.constraint.ModelConstraints} (required members, lengths, patterns, ranges, enum
 * values, list sizes such as 100 actions per transaction), and against the rules DynamoDB applies
 * beyond it: every {@code #name} and {@code :value} an expression uses is declared and every one
 * declared is used; an item is at most 400 KB as DynamoDB counts it and nests at most 32 levels; a
 * partition key value is at most 2048 bytes and a sort key's 1024; at most 25 writes per
 * BatchWriteItem and 100 keys per BatchGetItem over all tables, each item once; and, where the
 * table's key schema is known (given with {@link Builder#keySchema}, or learnt once per table from
 * DescribeTable with {@link Builder#learnKeySchemas}), a key has exactly the key attributes with
 * their types, and an item put has them.
 *
 * <p>Values a {@code Table} writes (and an {@link ItemCodec} wrapped with {@link #validating}) are
 * validated with a {@link Validator} before they are encoded: their standard annotations
 * ({@code @NotNull}, {@code @Size}, {@code @Pattern}, {@code @Valid}, ...), with paths under {@code
 * Item} ({@code Item.address.zip}). Give your own with {@link Builder#validator}; the default one
 * interpolates messages without Jakarta EL.
 *
 * <p>Violations are reported all at once in a {@link RequestValidationException}; messages carry no
 * secret, and item values show their type and size, not the value, unless {@link
 * Builder#valuesInMessages} says otherwise. Immutable and thread-safe.
 */
public final class DynamoValidation implements RequestValidator {
  private final Builder config;
  private final Settings settings;
  private final Validator requests;
  private final Validator items;

  private DynamoValidation(Builder config, Function<String, TableDescription> describe) {
    this.config = config.copy();
    this.settings =
        new Settings(config.keySchemas, config.learn ? describe : null, config.valuesInMessages);
    this.requests =
        Factories.model()
            .unwrap(HibernateValidatorFactory.class)
            .usingContext()
            .constraintValidatorPayload(settings)
            .getValidator();
    this.items = config.validator != null ? config.validator : Factories.items().getValidator();
  }

  /** Validation with every default: no key schema known, values never shown. */
  public static DynamoValidation create() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How many constraints are derived from DynamoDB's model (operations, types, members,
   * constraints) and how many rules are written by hand, in one line.
   */
  public static String constraintCounts() {
    ModelMapping.Stats s = Factories.stats();
    return s.operations()
        + " operations, "
        + s.shapes()
        + " request and structure types, "
        + s.members()
        + " members, "
        + s.constraints()
        + " constraints and "
        + s.cascades()
        + " cascades derived from the model; "
        + s.handWritten()
        + " rules written by hand, on "
        + s.typesWithRules()
        + " types";
  }

  /** Every violation of {@code request}, in order of path; empty when it is valid. */
  public List<Violation> check(DynamoRequest<?> request) {
    Objects.requireNonNull(request, "request");
    Set<ConstraintViolation<DynamoRequest<?>>> found = requests.validate(request);
    return found.isEmpty() ? List.of() : violations(found, "", false);
  }

  /**
   * Checks {@code request}.
   *
   * @throws RequestValidationException listing every violation, if there is any
   */
  @Override
  public void validateRequest(DynamoRequest<?> request) {
    List<Violation> violations = check(request);
    if (!violations.isEmpty()) {
      throw new RequestValidationException(request.getClass().getSimpleName(), violations);
    }
  }

  /** Every violation of an item value's annotations, under {@code Item}; empty when it is valid. */
  public List<Violation> checkItem(Object value) {
    Objects.requireNonNull(value, "value");
    Set<ConstraintViolation<Object>> found = items.validate(value);
    return found.isEmpty() ? List.of() : violations(found, "Item", true);
  }

  /**
   * Checks an item value's annotations.
   *
   * @throws RequestValidationException listing every violation, if there is any
   */
  @Override
  public void validateItem(Object value) {
    List<Violation> violations = checkItem(value);
    if (!violations.isEmpty()) {
      throw new RequestValidationException("Item " + value.getClass().getSimpleName(), violations);
    }
  }

  /** {@code codec}, validating every value with {@link #validateItem} before it is written. */
  public <T> ItemCodec<T> validating(ItemCodec<T> codec) {
    return codec.checking(this::validateItem);
  }

  /** The key schema known for {@code table}, given or learnt; null when none is known yet. */
  public KeySchema keySchema(String table) {
    return settings.known(table);
  }

  /**
   * This validation connected to a client: one that learns key schemas ({@link
   * Builder#learnKeySchemas}) describes tables through it; any other is returned as it is.
   */
  @Override
  public RequestValidator connect(Function<String, TableDescription> describeTable) {
    return config.learn ? new DynamoValidation(config, describeTable) : this;
  }

  private <T> List<Violation> violations(
      Set<ConstraintViolation<T>> found, String root, boolean item) {
    List<Violation> out = new ArrayList<>(found.size());
    for (ConstraintViolation<T> v : found) {
      HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
      RulePayload payload = hv.getDynamicPayload(RulePayload.class);
      String path = Paths.render(root, v.getPropertyPath());
      if (payload != null) {
        out.add(new Violation(path, v.getMessage(), payload.rule().name(), payload.value()));
      } else {
        Object value = v.getInvalidValue();
        out.add(
            new Violation(
                path,
                v.getMessage(),
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                item || path.endsWith("Statement")
                    // a PartiQL statement can hold item values in its text
                    ? Describe.itemValue(value, settings.showValues())
                    : Describe.member(value, settings.showValues())));
      }
    }
    out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
    return out;
  }

  /** Configures a {@link DynamoValidation}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, KeySchema> keySchemas = new LinkedHashMap<>();
    private boolean learn;
    private boolean valuesInMessages = Boolean.getBoolean("io.dynamo.valuesInMessages");
    private Validator validator;

    private Builder() {}

    /** The key schema of {@code table}: its keys and the items put into it are checked. */
    public Builder keySchema(String table, KeySchema schema) {
      keySchemas.put(
          Objects.requireNonNull(table, "table"), Objects.requireNonNull(schema, "schema"));
      return this;
    }

    /**
     * Whether to learn the key schema of each table met whose schema was not given, with one
     * DescribeTable the first time (through the client it is given to; a table that cannot be
     * described is left unchecked, and tried again next time). Default false. The DescribeTable
     * blocks the calling thread, an asynchronous caller's too: give the schemas on a client used
     * without blocking.
     */
    public Builder learnKeySchemas(boolean learn) {
      this.learn = learn;
      return this;
    }

    /**
     * Whether violations may show item values (attribute values, and the values of annotated items)
     * instead of only their type and size; default as {@code -Dio.dynamo.valuesInMessages} says,
     * else false. For debugging: values may be personal or secret data.
     */
    public Builder valuesInMessages(boolean show) {
      this.valuesInMessages = show;
      return this;
    }

    /**
     * The validator of annotated item values, such as your application's; by default one of
     * Hibernate Validator's that interpolates messages without Jakarta EL. Requests are validated
     * with this module's own, built from DynamoDB's model.
     */
    public Builder validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** The validation; the first one built in a JVM builds the model's constraints, once. */
    public DynamoValidation build() {
      return new DynamoValidation(this, null);
    }

    private Builder copy() {
      Builder b = new Builder();
      b.keySchemas.putAll(keySchemas);
      b.learn = learn;
      b.valuesInMessages = valuesInMessages;
      b.validator = validator;
      return b;
    }
  }
}
