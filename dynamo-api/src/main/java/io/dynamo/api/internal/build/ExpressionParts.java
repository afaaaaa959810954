package io.dynamo.api.internal.build;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Path;
import io.dynamo.api.internal.expr.ExpressionContext;
import io.dynamo.api.internal.expr.Projection;
import io.dynamo.api.internal.expr.UpdateActions;
import io.dynamo.api.internal.expr.Values;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecException;
import io.dynamo.codec.CodecRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What request builders collect for expressions: the caller's {@code #names} and {@code :values}
 * (values as plain Java values until build time), projection paths, and the registry to encode
 * with. Rendering aliases names that need it through an {@link ExpressionContext}. Not thread-safe.
 */
public final class ExpressionParts {
  // made on first use: most requests give none of them
  private Map<String, String> names = Map.of();
  private Map<String, Object> values = Map.of();
  private List<Object> paths = List.of();
  private Map<String, Condition> conditions = Map.of();
  private String projectionExpression;
  private CodecRegistry codecs = CodecRegistry.defaults();

  /**
   * The parts of a built request.
   *
   * @param projection the ProjectionExpression, or null
   * @param update the rendered UpdateExpression, or null when there were no actions
   * @param conditions the rendered condition expressions by field (ConditionExpression,
   *     KeyConditionExpression, FilterExpression); only those given as {@link Condition}s
   * @param names all names, the caller's first
   * @param values all values, the caller's first
   */
  public record Rendered(
      String projection,
      String update,
      Map<String, String> conditions,
      Map<String, String> names,
      Map<String, AttributeValue> values) {

    /** The text for {@code field}: the rendered condition if one was given, else {@code text}. */
    public String condition(String field, String text) {
      return conditions.getOrDefault(field, text);
    }

    /**
     * The {@code UpdateExpression}: the rendered actions if there were any, else {@code text}.
     *
     * @throws InvalidRequestException if there are both
     */
    public String update(String text) {
      if (update == null) {
        return text;
      }
      if (text != null) {
        throw new InvalidRequestException(
            "UpdateExpression",
            "is given as raw text and as set/add/remove/delete actions; use one or the other");
      }
      return update;
    }
  }

  /**
   * Sets the expression {@code field} to a {@link Condition}, rendered with automatic aliases at
   * build time; {@code null} forgets it (a text expression given later takes its place).
   */
  public void condition(String field, Condition condition) {
    if (condition == null) {
      if (!conditions.isEmpty()) {
        conditions.remove(field);
      }
    } else {
      if (conditions.isEmpty()) {
        conditions = new LinkedHashMap<>();
      }
      conditions.put(field, condition);
    }
  }

  /** Adds the caller's aliases. */
  public void names(Map<String, String> more) {
    if (more == null) {
      throw new InvalidRequestException("ExpressionAttributeNames", "map is null");
    }
    more.forEach(this::name);
  }

  /** Adds one alias. */
  public void name(String alias, String attributeName) {
    if (alias == null || attributeName == null) {
      throw new InvalidRequestException(
          "ExpressionAttributeNames", "has a null alias or name (" + alias + ")");
    }
    if (names.isEmpty()) {
      names = new LinkedHashMap<>();
    }
    names.put(alias, attributeName);
  }

  /** Adds the caller's values (plain Java values or attribute values). */
  public void values(Map<String, ?> more) {
    if (more == null) {
      throw new InvalidRequestException("ExpressionAttributeValues", "map is null");
    }
    more.forEach(this::value);
  }

  /** Adds one value; {@code null} is DynamoDB's NULL. */
  public void value(String placeholder, Object value) {
    if (placeholder == null) {
      throw new InvalidRequestException("ExpressionAttributeValues", "has a null placeholder");
    }
    if (values.isEmpty()) {
      values = new LinkedHashMap<>();
    }
    values.put(placeholder, value);
  }

  /** Adds projection paths: {@code String} path text or {@link Path}. */
  public void project(Object... more) {
    if (more == null) {
      throw new InvalidRequestException("ProjectionExpression", "paths are null");
    }
    for (Object p : more) {
      if (!(p instanceof String) && !(p instanceof Path)) {
        throw new InvalidRequestException(
            "ProjectionExpression",
            "path "
                + paths.size()
                + " is "
                + (p == null ? "null" : "a " + p.getClass().getName())
                + "; give path text such as bar.baz[1] or a Path");
      }
      if (paths.isEmpty()) {
        paths = new ArrayList<>();
      }
      paths.add(p);
    }
  }

  /** Sets raw projection text; paths added with {@link #project} are appended to it. */
  public void projectionExpression(String text) {
    this.projectionExpression = text;
  }

  /** The registry plain values are encoded with. */
  public void codecs(CodecRegistry registry) {
    if (registry == null) {
      throw new InvalidRequestException("codecs", "registry is null");
    }
    this.codecs = registry;
  }

  /** The registry plain values are encoded with. */
  public CodecRegistry codecs() {
    return codecs;
  }

  /**
   * Whether nothing was given here: no names, values, projection paths or text, or conditions; a
   * builder then has nothing to render.
   */
  public boolean isEmpty() {
    return names.isEmpty()
        && values.isEmpty()
        && paths.isEmpty()
        && conditions.isEmpty()
        && projectionExpression == null;
  }

  /**
   * Renders onto what a generated builder holds: its raw projection, names and values (each may be
   * null), then what was given here, which comes after them and wins on the same alias.
   */
  public Rendered render(
      UpdateActions actions,
      String projection,
      Map<String, String> builtNames,
      Map<String, AttributeValue> builtValues) {
    if (builtNames == null && builtValues == null && projection == null) {
      return renderWith(actions, projectionExpression, names, encodeValues());
    }
    Map<String, String> allNames = new LinkedHashMap<>();
    if (builtNames != null) {
      allNames.putAll(builtNames);
    }
    allNames.putAll(names);
    Map<String, AttributeValue> allValues = new LinkedHashMap<>();
    if (builtValues != null) {
      allValues.putAll(builtValues);
    }
    allValues.putAll(encodeValues());
    return renderWith(actions, projection, allNames, allValues);
  }

  /** Encodes the values and renders projection and update actions (null for none). */
  public Rendered render(UpdateActions actions) {
    return renderWith(actions, projectionExpression, names, encodeValues());
  }

  private Rendered renderWith(
      UpdateActions actions,
      String projectionExpression,
      Map<String, String> names,
      Map<String, AttributeValue> encoded) {
    if (paths.isEmpty() && actions == null && conditions.isEmpty()) {
      return new Rendered(
          projectionExpression,
          null,
          Map.of(),
          Require.map("ExpressionAttributeNames", names),
          encoded);
    }
    ExpressionContext context = new ExpressionContext(names, encoded);
    String projection = projectionExpression;
    if (!paths.isEmpty()) {
      String rendered = renderProjection(context);
      projection = projection == null ? rendered : projection + ", " + rendered;
    }
    String update = actions == null ? null : renderUpdate(actions, context);
    Map<String, String> renderedConditions = new LinkedHashMap<>();
    conditions.forEach(
        (field, condition) ->
            renderedConditions.put(field, context.render(condition, field, codecs)));
    return new Rendered(
        projection,
        update,
        Collections.unmodifiableMap(renderedConditions),
        Collections.unmodifiableMap(new LinkedHashMap<>(context.names())),
        Collections.unmodifiableMap(new LinkedHashMap<>(context.values())));
  }

  private String renderProjection(ExpressionContext context) {
    try {
      return Projection.render(paths, context);
    } catch (IllegalArgumentException | CodecException e) {
      throw new InvalidRequestException("ProjectionExpression", e.getMessage(), e);
    }
  }

  private String renderUpdate(UpdateActions actions, ExpressionContext context) {
    try {
      return actions.render(context, codecs);
    } catch (IllegalArgumentException | CodecException e) {
      throw new InvalidRequestException("UpdateExpression", e.getMessage(), e);
    }
  }

  private Map<String, AttributeValue> encodeValues() {
    if (values.isEmpty()) {
      return Map.of();
    }
    try {
      return codecs.encodeAll(values);
    } catch (CodecException e) {
      throw new InvalidRequestException(
          "ExpressionAttributeValues", e.getMessage() + Values.hint(e, codecs), e);
    }
  }
}
