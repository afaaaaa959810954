package io.dynamo.releasecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a release publishes, checked on what this build made (see the POM): run by {@code mvn
 * verify} after every published module is packaged.
 */
class ReleaseArtifactsTest {
  /**
   * The published jar modules (each also in dynamo-bom, with dynamo.skipPublishing false in its
   * POM).
   */
  static final Set<String> PUBLISHED_JARS =
      Set.of(
          "dynamo-codec",
          "dynamo-sign",
          "dynamo-api",
          "transport-jdk",
          "transport-apache",
          "transport-vertx",
          "dynamo-opentelemetry",
          "dynamo-validation",
          "dynamo-mapper",
          "dynamo-mapper-processor");

  static final Path ROOT = Path.of(System.getProperty("dynamo.root"));
  static final String VERSION = System.getProperty("project.version");

  @Test
  void everyPublishedModuleHasItsJarSourcesAndJavadoc() throws IOException {
    for (String module : PUBLISHED_JARS) {
      Path target = ROOT.resolve(module).resolve("target");
      String base = module + "-" + VERSION;
      try (JarFile jar = open(target.resolve(base + ".jar"))) {
        assertNotNull(jar.getEntry("module-info.class"), module + ": module-info.class");
        assertNotNull(jar.getEntry("META-INF/LICENSE"), module + ": META-INF/LICENSE");
        assertNotNull(jar.getEntry("META-INF/NOTICE"), module + ": META-INF/NOTICE");
      }
      try (JarFile sources = open(target.resolve(base + "-sources.jar"))) {
        assertNotNull(sources.getEntry("module-info.java"), module + ": sources of module-info");
      }
      try (JarFile javadoc = open(target.resolve(base + "-javadoc.jar"))) {
        assertNotNull(javadoc.getEntry("index.html"), module + ": javadoc index.html");
        assertTrue(
            javadoc.stream().filter(e -> e.getName().endsWith(".html")).count() > 5,
            module + ": javadoc pages");
      }
    }
  }

  @Test
  void supportingModulesPublishNothing() throws Exception {
    List<String> unpublished = new ArrayList<>(modules());
    unpublished.removeAll(PUBLISHED_JARS);
    unpublished.remove("dynamo-bom");
    assertTrue(unpublished.size() >= 7, "supporting modules: " + unpublished);
    for (String module : unpublished) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      assertEquals(
          "true",
          text(child(pom, "properties"), "dynamo.skipPublishing"),
          module + " sets dynamo.skipPublishing to true");
      Path target = ROOT.resolve(module).resolve("target");
      if (Files.isDirectory(target)) {
        try (Stream<Path> files = Files.list(target)) {
          List<String> extra =
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith("-javadoc.jar") || n.endsWith("-sources.jar"))
                  .toList();
          assertEquals(List.of(), extra, module + " makes no javadoc or sources jar");
        }
      }
    }
    for (String module : PUBLISHED_JARS) {
      Element properties = child(pom(ROOT.resolve(module).resolve("pom.xml")), "properties");
      assertFalse(
          "true".equals(text(properties, "dynamo.skipPublishing")),
          module + " is published: it must not set dynamo.skipPublishing");
    }
  }

  @Test
  void theBomListsExactlyThePublishedModules() throws Exception {
    Element bom = pom(ROOT.resolve("dynamo-bom/pom.xml"));
    assertEquals(PUBLISHED_JARS, managed(bom, "${project.version}"));
    // as installed and deployed: no parent (so none of its test libraries or jackson-core), its
    // own version written out, which ${project.version} resolves to when a user imports it
    Element flat = pom(ROOT.resolve("dynamo-bom/.flattened-pom.xml"));
    assertEquals(null, child(flat, "parent"), "the BOM's installed POM has no parent");
    assertEquals(VERSION, text(flat, "version"));
    assertEquals(null, child(flat, "properties"), "the BOM's installed POM has no properties");
    assertEquals(PUBLISHED_JARS, managed(flat, "${project.version}"));
    for (String required : List.of("name", "description", "url", "licenses", "scm", "developers")) {
      assertNotNull(child(flat, required), "the BOM's installed POM has " + required);
    }
  }

  @Test
  void theVersionIsSetInOnePlace() throws Exception {
    Element root = pom(ROOT.resolve("pom.xml"));
    assertEquals("${revision}", text(root, "version"));
    assertEquals(VERSION, text(child(root, "properties"), "revision"));
    for (String module : modules()) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      assertEquals("${revision}", text(child(pom, "parent"), "version"), module + "'s parent");
      assertEquals(null, child(pom, "version"), module + " sets no version of its own");
      NodeList deps = pom.getElementsByTagName("dependency");
      for (int i = 0; i < deps.getLength(); i++) {
        Element dep = (Element) deps.item(i);
        String version = text(dep, "version");
        if ("io.dynamo".equals(text(dep, "groupId")) && version != null) {
          assertEquals("${project.version}", version, module + ": " + text(dep, "artifactId"));
        }
      }
      Path flattened = ROOT.resolve(module).resolve(".flattened-pom.xml");
      if (Files.exists(flattened)) {
        String text = Files.readString(flattened);
        assertFalse(text.contains("${revision}"), module + "'s installed POM resolves ${revision}");
      }
    }
  }

  @Test
  void theParentCarriesMavenCentralsMetadata() throws Exception {
    Element root = pom(ROOT.resolve("pom.xml"));
    for (String required :
        List.of("name", "description", "url", "licenses", "scm", "developers", "organization")) {
      assertNotNull(child(root, required), "the parent has " + required);
    }
    assertEquals(
        "Apache-2.0", text(child(child(root, "licenses"), "license"), "name"), "the licence");
    assertTrue(Files.readString(ROOT.resolve("LICENSE")).contains("Version 2.0, January 2004"));
    assertTrue(Files.exists(ROOT.resolve("NOTICE")));
    for (String module : PUBLISHED_JARS) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      assertNotNull(text(pom, "name"), module + " has a name");
      assertNotNull(text(pom, "description"), module + " has a description");
    }
  }

  /**
   * What a user loads, and a native image analyses, stays small: the jars a client needs (codec,
   * sign, api and the JDK transport) within 1.6 MB together, dynamo-api (the model's 280 generated
   * types and their JSON classes) within 1.3 MB. Growing past a budget is a decision, made here.
   */
  @Test
  void theClientsJarsStayWithinTheirSizeBudgets() throws IOException {
    long api = jarBytes("dynamo-api");
    assertTrue(api <= 1_300_000, "dynamo-api is " + api + " bytes, over its 1,300,000 budget");
    long client = api;
    for (String module : List.of("dynamo-codec", "dynamo-sign", "transport-jdk")) {
      long bytes = jarBytes(module);
      assertTrue(bytes <= 200_000, module + " is " + bytes + " bytes, over its 200,000 budget");
      client += bytes;
    }
    assertTrue(
        client <= 1_600_000,
        "codec, sign, api and transport-jdk are " + client + " bytes, over their 1,600,000 budget");
  }

  private static long jarBytes(String module) throws IOException {
    return Files.size(
        ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar"));
  }

  private static Set<String> managed(Element pom, String version) {
    Set<String> artifacts = new TreeSet<>();
    Element dm = child(pom, "dependencyManagement");
    NodeList deps = child(dm, "dependencies").getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element dep = (Element) deps.item(i);
      assertEquals("io.dynamo", text(dep, "groupId"));
      assertEquals(version, text(dep, "version"), text(dep, "artifactId"));
      artifacts.add(text(dep, "artifactId"));
    }
    return Set.copyOf(artifacts);
  }

  private static List<String> modules() throws Exception {
    Element modules = child(pom(ROOT.resolve("pom.xml")), "modules");
    List<String> names = new ArrayList<>();
    NodeList list = modules.getElementsByTagName("module");
    for (int i = 0; i < list.getLength(); i++) {
      names.add(list.item(i).getTextContent().trim());
    }
    return names;
  }

  private static JarFile open(Path jar) throws IOException {
    assertTrue(Files.isRegularFile(jar), jar + " was built");
    return new JarFile(jar.toFile());
  }

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(file.toFile());
    return doc.getDocumentElement();
  }

  /** The direct child element {@code name}, or null. */
  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }
}
