package io.dynamo.validation.internal;

import io.dynamo.api.constraint.MemberConstraints;
import io.dynamo.api.constraint.ModelConstraints;
import io.dynamo.api.constraint.OperationConstraints;
import io.dynamo.api.constraint.ShapeConstraints;
import io.dynamo.api.constraint.ValueConstraints;
import io.dynamo.api.constraint.ValueKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.Cascadable;
import org.hibernate.validator.cfg.context.Constrainable;
import org.hibernate.validator.cfg.context.ContainerElementConstraintMappingContext;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.DecimalMaxDef;
import org.hibernate.validator.cfg.defs.DecimalMinDef;
import org.hibernate.validator.cfg.defs.MaxDef;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotEmptyDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * Bean Validation's constraints for every request of the model and every structure a request holds,
 * derived from {@link ModelConstraints} (nothing here is typed by hand per member): a required
 * member is {@code @NotNull} ({@code @NotEmpty} for a list or map, which is empty when not given);
 * a string's length {@code @Size}, its pattern {@code @Pattern}; a number's range {@code @Min} and
 * {@code @Max}; an enum's values {@link ModelEnum}; a list's or map's size {@code @Size} (its
 * minimum only when it is required, since not given is empty), its elements, keys and values
 * constrained the same way; a structure {@code @Valid}; items, keys and attribute values {@link
 * AttributeLimits}. The request and structure types of {@link DynamoRulesValidator#TYPES} get
 * {@link DynamoRules} too.
 */
public final class ModelMapping {
  private static final String TABLE_NAME_OR_ARN = "[a-zA-Z0-9_.-]{3,255}|arn:[^:]+:dynamodb:.+";

  private final ConstraintMapping mapping;
  private final Set<String> operations = new LinkedHashSet<>();
  private int shapes;
  private int members;
  private int constraints;
  private int cascades;
  private int skippedPatterns;

  private ModelMapping(ConstraintMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * How many constraints were derived from the model.
   *
   * @param operations the operations whose requests are mapped
   * @param shapes the request and structure types mapped
   * @param members the members with at least one constraint
   * @param constraints the constraints on members, their elements, keys and values
   * @param cascades the members whose structures are validated in turn ({@code @Valid})
   * @param handWritten the rules written by hand ({@link Rule}), on {@code typesWithRules} types
   * @param typesWithRules the types those rules are put on
   * @param skippedPatterns the model's patterns Java's regular expressions cannot read (left out)
   */
  public record Stats(
      int operations,
      int shapes,
      int members,
      int constraints,
      int cascades,
      int handWritten,
      int typesWithRules,
      int skippedPatterns) {}

  /** Adds the model's constraints to {@code mapping}, and says how many. */
  public static Stats apply(ConstraintMapping mapping) {
    ModelMapping m = new ModelMapping(mapping);
    m.run();
    return new Stats(
        m.operations.size(),
        m.shapes,
        m.members,
        m.constraints,
        m.cascades,
        Rule.values().length,
        DynamoRulesValidator.TYPES.size(),
        m.skippedPatterns);
  }

  private void run() {
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    for (OperationConstraints op : ModelConstraints.operations()) {
      operations.add(op.name());
      if (seen.add(op.requestType())) {
        todo.add(op.requestType());
      }
    }
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      ShapeConstraints shape = ModelConstraints.of(type).orElse(null);
      if (shape == null) {
        continue;
      }
      shapes++;
      map(type, shape, todo, seen);
    }
  }

  private <C> void map(
      Class<C> type, ShapeConstraints shape, Deque<Class<?>> todo, Set<Class<?>> seen) {
    TypeConstraintMappingContext<C> t = mapping.type(type);
    if (DynamoRulesValidator.TYPES.contains(type)) {
      t.constraint(new GenericConstraintDef<>(DynamoRules.class));
    }
    for (MemberConstraints m : shape.members()) {
      ValueConstraints v = m.value();
      for (Class<?> nested : structures(v)) {
        if (seen.add(nested)) {
          todo.add(nested);
        }
      }
      if (!constrained(v, m.required())) {
        continue;
      }
      members++;
      PropertyConstraintMappingContext p = t.getter(m.name());
      if (m.required()) {
        boolean container = v.kind() == ValueKind.LIST || v.kind() == ValueKind.MAP;
        add(
            p,
            container
                ? new NotEmptyDef().message("is required")
                : new NotNullDef().message("is required"));
      }
      value(p, p, v, m.required());
      boolean element = v.element() != null && constrained(v.element(), false);
      if (v.kind() == ValueKind.LIST && element) {
        element(p, p.containerElementType(), v.element(), new int[] {0});
      } else if (v.kind() == ValueKind.MAP) {
        if (v.key() != null && constrained(v.key(), false)) {
          value(p.containerElementType(0), null, v.key(), false);
        }
        if (element) {
          element(p, p.containerElementType(1), v.element(), new int[] {1});
        }
      }
    }
  }

  /** A list's or map's element (or a map's value) at {@code indexes}, and below it. */
  private void element(
      PropertyConstraintMappingContext property,
      ContainerElementConstraintMappingContext c,
      ValueConstraints e,
      int[] indexes) {
    if (e == null) {
      return;
    }
    value(c, c, e, true);
    if (e.kind() == ValueKind.LIST && e.element() != null && constrained(e.element(), false)) {
      int[] deeper = java.util.Arrays.copyOf(indexes, indexes.length + 1);
      int[] rest = java.util.Arrays.copyOfRange(deeper, 1, deeper.length);
      element(property, property.containerElementType(deeper[0], rest), e.element(), deeper);
    }
  }

  /**
   * The constraints of one value on {@code target}: its length or size, pattern, range, enum
   * values, limits, or a cascade. {@code given} says whether an empty list or map was given (an
   * element's) rather than left out (an optional member's), so whether its minimum applies.
   */
  private <C extends Constrainable<C>> void value(
      Constrainable<C> target, Cascadable<?> cascade, ValueConstraints v, boolean given) {
    switch (v.kind()) {
      case STRING:
        size(target, v.min(), v.max(), "characters long", true);
        if ("TableArn".equals(v.shape())) {
          // by hand (Rule.TABLE_NAME_OR_ARN): the model lets any string of 1 to 1024 through
          target.constraint(
              new PatternDef()
                  .regexp(TABLE_NAME_OR_ARN)
                  .message(
                      "must be a table name (3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and"
                          + " '.') or a table's ARN"));
        }
        if (v.pattern() != null) {
          if (compiles(v.pattern())) {
            add(target, new PatternDef().regexp(v.pattern()).message("must match {regexp}"));
          } else {
            skippedPatterns++;
          }
        }
        break;
      case NUMBER:
        if (v.javaType() == Double.class) {
          if (v.min() != null) {
            add(
                target,
                new DecimalMinDef()
                    .value(Long.toString(v.min()))
                    .message("must be at least {value}"));
          }
          if (v.max() != null) {
            add(
                target,
                new DecimalMaxDef()
                    .value(Long.toString(v.max()))
                    .message("must be at most {value}"));
          }
        } else {
          if (v.min() != null) {
            add(target, new MinDef().value(v.min()).message("must be at least {value}"));
          }
          if (v.max() != null) {
            add(target, new MaxDef().value(v.max()).message("must be at most {value}"));
          }
        }
        break;
      case ENUM:
        if (!v.enumValues().isEmpty()) {
          add(
              target,
              new GenericConstraintDef<>(ModelEnum.class)
                  .param("values", v.enumValues().toArray(new String[0])));
        }
        break;
      case LIST:
        size(target, given ? v.min() : null, v.max(), "elements", false);
        break;
      case MAP:
        size(target, given ? v.min() : null, v.max(), "entries", false);
        break;
      case STRUCTURE:
        if (cascade != null) {
          cascade.valid();
          cascades++;
        }
        break;
      case ITEM:
      case ATTRIBUTE_VALUE:
        add(target, new GenericConstraintDef<>(AttributeLimits.class));
        break;
      default: // BOOLEAN, TIMESTAMP, BLOB (the model bounds no blob's length): required only
        break;
    }
  }

  private <C extends Constrainable<C>> void size(
      Constrainable<C> target, Long min, Long max, String unit, boolean string) {
    long lo = min == null ? 0 : min;
    if (lo <= 0 && max == null) {
      return;
    }
    SizeDef size = new SizeDef();
    String message;
    if (lo > 0) {
      size.min((int) Math.min(lo, Integer.MAX_VALUE));
    }
    if (max != null) {
      size.max((int) Math.min(max, Integer.MAX_VALUE));
    }
    if (lo > 0 && max != null) {
      message = string ? "must be {min} to {max} " + unit : "must have {min} to {max} " + unit;
    } else if (max != null) {
      message = string ? "must be at most {max} " + unit : "must have at most {max} " + unit;
    } else {
      message = string ? "must be at least {min} " + unit : "must have at least {min} " + unit;
    }
    add(target, size.message(message));
  }

  private <C extends Constrainable<C>> void add(Constrainable<C> target, ConstraintDef<?, ?> def) {
    target.constraint(def);
    constraints++;
  }

  /** Whether a value has anything to check. */
  private static boolean constrained(ValueConstraints v, boolean required) {
    if (required) {
      return true;
    }
    switch (v.kind()) {
      case STRING:
        return v.pattern() != null || v.max() != null || (v.min() != null && v.min() > 0);
      case NUMBER:
        return v.min() != null || v.max() != null;
      case ENUM:
        return !v.enumValues().isEmpty();
      case STRUCTURE:
      case ITEM:
      case ATTRIBUTE_VALUE:
        return true;
      case LIST:
        return v.max() != null || (v.element() != null && constrained(v.element(), false));
      case MAP:
        return v.max() != null
            || (v.element() != null && constrained(v.element(), false))
            || (v.key() != null && constrained(v.key(), false));
      default:
        return false;
    }
  }

  /** The structure types a value holds, directly or in lists and maps. */
  private static Set<Class<?>> structures(ValueConstraints v) {
    Set<Class<?>> out = new LinkedHashSet<>();
    ValueConstraints at = v;
    while (at != null) {
      if (at.kind() == ValueKind.STRUCTURE) {
        out.add(at.javaType());
        break;
      }
      at = at.kind() == ValueKind.LIST || at.kind() == ValueKind.MAP ? at.element() : null;
    }
    return out;
  }

  private static boolean compiles(String regex) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
