package io.dynamo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Without this module nothing of Bean Validation is on the class path: the runtime closure of
 * {@code dynamo-api} and {@code transport-jdk}, read three ways (their POMs' dependencies, their
 * modules' {@code requires}, their classes' constant pools), holds no {@code jakarta.*} or {@code
 * org.hibernate} artifact, module or reference.
 */
class ApiClosureTest {
  private static final Path ROOT = Path.of(System.getProperty("dynamo.root"));
  private static final List<String> START = List.of("dynamo-api", "transport-jdk");

  @Test
  void thePomsRuntimeClosureHasNoBeanValidation() throws Exception {
    Set<String> artifacts = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(START);
    Set<String> seen = new TreeSet<>();
    while (!todo.isEmpty()) {
      String module = todo.poll();
      if (!seen.add(module)) {
        continue;
      }
      for (String[] dependency : runtimeDependencies(ROOT.resolve(module).resolve("pom.xml"))) {
        String group = dependency[0];
        String artifact = dependency[1];
        artifacts.add(group + ":" + artifact);
        if (group.equals("io.dynamo")) {
          todo.add(artifact);
        }
      }
    }
    assertEquals(
        Set.of(
            "io.dynamo:dynamo-codec",
            "io.dynamo:dynamo-sign",
            "io.dynamo:dynamo-api",
            "com.fasterxml.jackson.core:jackson-core"),
        artifacts);
    for (String a : artifacts) {
      assertFalse(a.startsWith("jakarta.") || a.startsWith("org.hibernate"), a);
    }
  }

  @Test
  void theModulesRequireNoBeanValidation() {
    ModuleFinder finder = ModuleFinder.of(modulePath());
    Set<String> closure = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of("io.dynamo.api", "io.dynamo.transport.jdk"));
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (!closure.add(name)) {
        continue;
      }
      ModuleDescriptor d =
          finder
              .find(name)
              .or(() -> ModuleFinder.ofSystem().find(name))
              .orElseThrow(() -> new AssertionError("module not found: " + name))
              .descriptor();
      d.requires().forEach(r -> todo.add(r.name()));
    }
    assertTrue(
        closure.contains("io.dynamo.codec") && closure.contains("io.dynamo.sign"),
        closure::toString);
    for (String name : closure) {
      assertFalse(name.startsWith("jakarta.") || name.startsWith("org.hibernate"), name);
    }
  }

  @Test
  void theClassesReferToNoBeanValidation() throws IOException {
    ModuleFinder finder = ModuleFinder.of(modulePath());
    int classes = 0;
    for (String name :
        List.of("io.dynamo.codec", "io.dynamo.sign", "io.dynamo.api", "io.dynamo.transport.jdk")) {
      ModuleReference ref = finder.find(name).orElseThrow(() -> new AssertionError(name));
      try (ModuleReader reader = ref.open();
          Stream<String> entries = reader.list()) {
        for (String entry : (Iterable<String>) entries::iterator) {
          if (!entry.endsWith(".class")) {
            continue;
          }
          classes++;
          try (InputStream in = reader.open(entry).orElseThrow()) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("jakarta/"), name + " " + entry + " refers to jakarta");
            assertFalse(
                text.contains("org/hibernate"), name + " " + entry + " refers to Hibernate");
          }
        }
      }
    }
    assertTrue(classes > 300, "classes read: " + classes);
  }

  static Path[] modulePath() {
    String path = System.getProperty("jdk.module.path", "");
    String classPath = System.getProperty("java.class.path", "");
    return Stream.concat(
            Stream.of(path.split(java.io.File.pathSeparator)),
            Stream.of(classPath.split(java.io.File.pathSeparator)))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .filter(p -> p.toFile().exists())
        .toArray(Path[]::new);
  }

  /** The compile and runtime dependencies (not test, provided or optional) of a POM. */
  private static List<String[]> runtimeDependencies(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    List<String[]> out = new java.util.ArrayList<>();
    Element dependencies = child(project, "dependencies");
    if (dependencies == null) {
      return out;
    }
    NodeList list = dependencies.getChildNodes();
    for (int i = 0; i < list.getLength(); i++) {
      Node n = list.item(i);
      if (!(n instanceof Element) || !((Element) n).getTagName().equals("dependency")) {
        continue;
      }
      Element d = (Element) n;
      String scope = text(d, "scope");
      if (scope != null && !scope.equals("compile") && !scope.equals("runtime")) {
        continue;
      }
      if ("true".equals(text(d, "optional"))) {
        continue;
      }
      out.add(new String[] {text(d, "groupId"), text(d, "artifactId")});
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    NodeList list = parent.getChildNodes();
    for (int i = 0; i < list.getLength(); i++) {
      if (list.item(i) instanceof Element && ((Element) list.item(i)).getTagName().equals(name)) {
        return (Element) list.item(i);
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }
}
