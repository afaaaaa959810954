package io.dynamo.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One shape of a service model, reduced to what validation needs.
 *
 * @param members structure members, member name to shape name, in model order (empty otherwise)
 * @param required names of required structure members
 * @param member the element shape of a list, else {@code null}
 * @param key the key shape of a map, else {@code null}
 * @param value the value shape of a map, else {@code null}
 * @param min the model's {@code min} (length, size or value), else {@code null}
 * @param max the model's {@code max}, else {@code null}
 * @param enumValues allowed string values; empty when any value goes
 * @param pattern the model's {@code pattern} compiled as a Java regex, else {@code null}
 * @param union whether the model marks the structure as a union (exactly one member set)
 */
public record Shape(
    String name,
    ShapeType type,
    Map<String, String> members,
    Set<String> required,
    String member,
    String key,
    String value,
    Long min,
    Long max,
    List<String> enumValues,
    Pattern pattern,
    boolean union) {}
