package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.testkit.internal.DynaliteInstall;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynaliteInstallTest {

  @Test
  void locatesTheInstallFromPropertiesOrTheProjectFolder(@TempDir Path dir) {
    String savedDir = System.getProperty("dynalite.dir");
    String savedRoot = System.getProperty("dynamo.root");
    try {
      System.setProperty("dynalite.dir", dir.toString());
      assertEquals(dir.toAbsolutePath(), DynaliteInstall.locate());

      System.clearProperty("dynalite.dir");
      System.setProperty("dynamo.root", dir.toString());
      assertEquals(dir.toAbsolutePath().resolve(".dynalite"), DynaliteInstall.locate());

      System.clearProperty("dynamo.root");
      Path found = DynaliteInstall.locate();
      assertEquals(".dynalite", found.getFileName().toString());
      assertTrue(Files.isRegularFile(found.resolveSibling("scripts").resolve("install-dynalite")));
    } finally {
      restore("dynalite.dir", savedDir);
      restore("dynamo.root", savedRoot);
    }
  }

  @Test
  void installsIntoAnEmptyFolderOnceWhenTwoThreadsAskAtOnce(@TempDir Path dir) throws Exception {
    assertFalse(DynaliteInstall.isInstalled(dir));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> installs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        installs.add(
            pool.submit(
                () -> DynaliteInstall.ensureInstalled(dir, "node", "npm", Duration.ofMinutes(5))));
      }
      for (Future<?> install : installs) {
        install.get(6, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(DynaliteInstall.isInstalled(dir));

    try (Dynalite dynalite = Dynalite.builder().directory(dir).start()) {
      HttpResponse<String> response = DynamoHttp.call(dynalite.endpoint(), "ListTables", "{}");
      assertEquals(200, response.statusCode(), response.body());
    }
  }

  @Test
  void refusesNodeOlderThan20(@TempDir Path dir) throws Exception {
    Path fakeNode = dir.resolve("node");
    Files.writeString(fakeNode, "#!/bin/sh\necho v18.19.0\n");
    assertTrue(fakeNode.toFile().setExecutable(true));

    DynaliteException e =
        assertThrows(DynaliteException.class, () -> DynaliteInstall.checkNode(fakeNode.toString()));

    assertTrue(
        e.getMessage().startsWith("dynalite needs Node.js 20+; found v18.19.0"), e.getMessage());
  }

  @Test
  void explainsAMissingNode() {
    String saved = System.getProperty("dynalite.node");
    try {
      System.setProperty("dynalite.node", "/nonexistent/bin/node");

      DynaliteException e = assertThrows(DynaliteException.class, Dynalite::start);

      assertTrue(
          e.getMessage().startsWith("dynalite needs Node.js 20+; found none"), e.getMessage());
      assertTrue(e.getMessage().contains("-Ddynalite.node"), e.getMessage());
    } finally {
      restore("dynalite.node", saved);
    }
  }

  @Test
  void reportsTheServersErrorOutputWhenItCannotStart(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("node_modules").resolve("dynalite");
    Files.createDirectories(broken);
    Files.writeString(
        broken.resolve("package.json"),
        "{\"name\": \"dynalite\", \"version\": \""
            + Dynalite.VERSION
            + "\", \"main\": \"index.js\"}");
    Files.writeString(broken.resolve("index.js"), "throw new Error('broken install');\n");

    DynaliteException e =
        assertThrows(DynaliteException.class, () -> Dynalite.builder().directory(dir).start());

    assertTrue(e.getMessage().contains("exited with code 4"), e.getMessage());
    assertTrue(e.getMessage().contains("broken install"), e.getMessage());
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
