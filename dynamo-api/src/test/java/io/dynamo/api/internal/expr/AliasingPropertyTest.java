package io.dynamo.api.internal.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.dynamo.api.expr.Condition;
import io.dynamo.api.expr.Path;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.CodecRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Laws of aliasing, for arbitrary attribute names: substituting the names map back into the
 * expression gives the original names, and the expression uses exactly the names and values that
 * were registered (DynamoDB rejects both unused and undefined ones).
 */
class AliasingPropertyTest {
  private static final int EXAMPLES = 500;
  private static final Pattern REF = Pattern.compile("[#:][A-Za-z0-9_]+");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final List<String> RESERVED = List.copyOf(ReservedWords.WORDS);

  /** Any Unicode text, surrogate pairs included, unpaired surrogates excluded. */
  private static Gen<String> unicode() {
    Gen<Integer> codePoint =
        Generate.frequency(
            Pair.of(3, Generate.range(0x20, 0x7e)),
            Pair.of(1, Generate.range(0x1, 0x1f)),
            Pair.of(2, Generate.range(0x80, 0xd7ff)),
            Pair.of(1, Generate.range(0xe000, 0x10ffff)));
    return SourceDSL.lists()
        .of(codePoint)
        .ofSizeBetween(1, 10)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  private static Gen<String> reservedInAnyCase() {
    return Generate.pick(RESERVED)
        .zip(
            SourceDSL.longs().all(),
            (word, bits) -> {
              StringBuilder sb = new StringBuilder();
              for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                sb.append(((bits >> (i % 64)) & 1) == 0 ? c : Character.toLowerCase(c));
              }
              return sb.toString();
            });
  }

  /** Attribute names: plain, reserved, lookalikes of generated aliases, and arbitrary text. */
  static Gen<String> attributeNames() {
    return Generate.frequency(
        Pair.of(3, unicode()),
        Pair.of(2, reservedInAnyCase()),
        Pair.of(2, SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 6)),
        Pair.of(
            1,
            Generate.pick(
                List.of("a", "b_1", "Foobar", "#n0", "#n1", ":v0", "n0", "a.b", "x[1]"))));
  }

  private static Gen<List<String>> distinctNames() {
    return SourceDSL.lists()
        .of(attributeNames())
        .ofSizeBetween(1, 8)
        .map(names -> List.copyOf(new LinkedHashSet<>(names)));
  }

  /** Caller aliases #n0..#n5 (some of them) for some names, to collide with generated ones. */
  private static Gen<Map<String, String>> callerNames() {
    return SourceDSL.lists()
        .of(Generate.range(0, 5).zip(attributeNames(), (k, name) -> Map.entry("#n" + k, name)))
        .ofSizeBetween(0, 4)
        .map(
            entries -> {
              Map<String, String> map = new LinkedHashMap<>();
              entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
              return map;
            });
  }

  private static Set<String> references(String expression) {
    Set<String> refs = new HashSet<>();
    Matcher m = REF.matcher(expression);
    while (m.find()) {
      refs.add(m.group());
    }
    return refs;
  }

  private static String unalias(String token, Map<String, String> names) {
    if (token.startsWith("#")) {
      assertTrue(names.containsKey(token), "undefined " + token);
      return names.get(token);
    }
    assertTrue(PLAIN.matcher(token).matches(), "not a plain identifier: " + token);
    assertFalse(ReservedWords.isReserved(token), "reserved: " + token);
    return token;
  }

  @Test
  void updateTargetsSubstituteBackToTheirNamesAndEveryEntryIsUsed() {
    qt().withExamples(EXAMPLES)
        .forAll(distinctNames())
        .checkAssert(
            names -> {
              UpdateActions actions = new UpdateActions();
              for (int i = 0; i < names.size(); i++) {
                actions.set(Path.name(names.get(i)), i);
              }
              ExpressionContext ctx = new ExpressionContext(Map.of(), Map.of());
              String expression = actions.render(ctx, CodecRegistry.defaults());
              assertTrue(expression.startsWith("SET "), expression);
              String[] parts = expression.substring(4).split(", ", -1);
              assertEquals(names.size(), parts.length, expression);
              for (int i = 0; i < parts.length; i++) {
                String[] sides = parts[i].split(" = ", -1);
                assertEquals(2, sides.length, parts[i]);
                assertEquals(names.get(i), unalias(sides[0], ctx.names()));
                assertEquals(AttributeValue.n(i), ctx.values().get(sides[1]));
              }
              Set<String> registered = new HashSet<>(ctx.names().keySet());
              registered.addAll(ctx.values().keySet());
              assertEquals(registered, references(expression), expression);
            });
  }

  @Test
  void projectionsSubstituteBackAndNeverClashWithTheCallersAliases() {
    qt().withExamples(EXAMPLES)
        .forAll(distinctNames(), callerNames())
        .checkAssert(
            (names, caller) -> {
              ExpressionContext ctx = new ExpressionContext(caller, Map.of());
              List<Path> paths = new ArrayList<>();
              names.forEach(n -> paths.add(Path.name(n)));
              String expression = Projection.render(paths, ctx);
              Map<String, String> all = ctx.names();
              // the caller's entries are kept as they are, first
              assertEquals(
                  new ArrayList<>(caller.entrySet()),
                  new ArrayList<>(all.entrySet()).subList(0, caller.size()));
              String[] tokens = expression.split(", ", -1);
              assertEquals(names.size(), tokens.length, expression);
              for (int i = 0; i < tokens.length; i++) {
                assertEquals(names.get(i), unalias(tokens[i], all));
                if (tokens[i].startsWith("#") && caller.containsKey(tokens[i])) {
                  // a caller's alias is only ever used for exactly the name it stands for
                  assertEquals(caller.get(tokens[i]), names.get(i));
                }
              }
              Set<String> used = references(expression);
              for (String generated : all.keySet()) {
                if (!caller.containsKey(generated)) {
                  assertTrue(used.contains(generated), "unused " + generated + " in " + expression);
                }
              }
              assertTrue(all.keySet().containsAll(used), expression);
            });
  }

  @Test
  void conditionsSubstituteBackAndUseEveryEntry() {
    qt().withExamples(EXAMPLES)
        .forAll(distinctNames(), callerNames())
        .checkAssert(
            (names, caller) -> {
              List<Condition> parts = new ArrayList<>();
              for (int i = 0; i < names.size(); i++) {
                parts.add(Condition.eq(Path.name(names.get(i)), i));
              }
              ExpressionContext ctx = new ExpressionContext(caller, Map.of());
              String expression =
                  ctx.render(
                      Condition.anyOf(parts.toArray(new Condition[0])),
                      "ConditionExpression",
                      CodecRegistry.defaults());
              String[] comparisons = expression.split(" OR ", -1);
              assertEquals(names.size(), comparisons.length, expression);
              for (int i = 0; i < comparisons.length; i++) {
                String[] sides = comparisons[i].split(" = ", -1);
                assertEquals(2, sides.length, comparisons[i]);
                assertEquals(names.get(i), unalias(sides[0], ctx.names()));
                assertEquals(AttributeValue.n(i), ctx.values().get(sides[1]));
              }
              Set<String> generated = new HashSet<>(ctx.names().keySet());
              generated.removeAll(caller.keySet());
              generated.addAll(ctx.values().keySet());
              Set<String> used = references(expression);
              assertTrue(used.containsAll(generated), expression);
              Set<String> defined = new HashSet<>(ctx.names().keySet());
              defined.addAll(ctx.values().keySet());
              assertTrue(defined.containsAll(used), expression);
            });
  }

  @Test
  void nestedPathsSubstituteBackSegmentBySegment() {
    Gen<Object> segment =
        Generate.oneOf(
            attributeNames().map(s -> (Object) s),
            SourceDSL.integers().between(0, 50).map(i -> (Object) i));
    qt().withExamples(EXAMPLES)
        .forAll(attributeNames(), SourceDSL.lists().of(segment).ofSizeBetween(0, 5))
        .checkAssert(
            (head, tail) -> {
              List<Object> segments = new ArrayList<>();
              segments.add(head);
              segments.addAll(tail);
              ExpressionContext ctx = new ExpressionContext(Map.of(), Map.of());
              String text = ctx.path(Path.of(segments.toArray()));
              assertEquals(segments, parseRendered(text, ctx.names()), text);
              assertEquals(ctx.names().keySet(), references(text), text);
            });
  }

  /** Reads rendered path text back into segments: plain names, #aliases, '.', and [n]. */
  private static List<Object> parseRendered(String text, Map<String, String> names) {
    List<Object> out = new ArrayList<>();
    Matcher m = Pattern.compile("(#?[A-Za-z0-9_]+)|\\[([0-9]+)\\]|\\.").matcher(text);
    int end = 0;
    while (m.find()) {
      assertEquals(end, m.start(), "unexpected text in " + text);
      end = m.end();
      if (m.group(1) != null) {
        out.add(unalias(m.group(1), names));
      } else if (m.group(2) != null) {
        out.add(Integer.valueOf(m.group(2)));
      }
    }
    assertEquals(text.length(), end, text);
    return out;
  }
}
