package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dynamo-api's packages form no cycle: jdeps reads the compiled classes (copied without
 * module-info, which jdeps would otherwise analyse as a module) and every strongly connected
 * component of the graph of the {@code io.dynamo.api} packages must be a single package.
 */
class PackageCyclesTest {
  private static final Pattern EDGE =
      Pattern.compile("^\\s+(io\\.dynamo\\.api[\\w.]*)\\s+->\\s+(io\\.dynamo\\.api[\\w.]*)\\s");

  @Test
  void packagesFormNoCycle(@TempDir Path copy) throws Exception {
    Path classes = classes();
    copyTree(classes.resolve("io"), copy.resolve("io"));
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps tool"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc =
        jdeps.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "-verbose:package",
            "-filter:none",
            copy.toString());
    assertEquals(0, rc, "jdeps failed: " + err);

    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      Matcher m = EDGE.matcher(line + " ");
      if (m.find() && !m.group(1).equals(m.group(2))) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
        graph.computeIfAbsent(m.group(2), k -> new TreeSet<>());
      }
    }
    assertTrue(graph.size() > 5, "jdeps found too few packages: " + out);

    List<Set<String>> cycles = new ArrayList<>();
    for (Set<String> component : components(graph)) {
      if (component.size() > 1) {
        cycles.add(component);
      }
    }
    if (!cycles.isEmpty()) {
      StringBuilder b = new StringBuilder("package cycles in dynamo-api:\n");
      for (Set<String> c : cycles) {
        b.append("  ").append(c).append('\n');
        for (String from : c) {
          for (String to : graph.get(from)) {
            if (c.contains(to)) {
              b.append("    ").append(from).append(" -> ").append(to).append('\n');
            }
          }
        }
      }
      fail(b.toString());
    }
  }

  /** The directory the main classes were compiled into. */
  private static Path classes() throws URISyntaxException {
    Path p =
        Path.of(DynamoClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(p.resolve("io/dynamo/api")), "not a class directory: " + p);
    return p;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files
          .sorted(Comparator.naturalOrder())
          .forEach(
              f -> {
                try {
                  Path t = to.resolve(from.relativize(f).toString());
                  if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                  } else {
                    Files.copy(f, t);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** Tarjan's strongly connected components. */
  private static List<Set<String>> components(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<Set<String>> result = new ArrayList<>();
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, result);
      }
    }
    return result;
  }

  private static void connect(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> result) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.get(v)) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, result);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      result.add(component);
    }
  }
}
