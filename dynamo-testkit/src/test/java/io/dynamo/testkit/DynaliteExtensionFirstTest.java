package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynaliteExtension.class)
class DynaliteExtensionFirstTest {
  private static Dynalite fromBeforeAll;
  private final Dynalite fromConstructor;

  DynaliteExtensionFirstTest(Dynalite dynalite) {
    this.fromConstructor = dynalite;
  }

  @BeforeAll
  static void remember(Dynalite dynalite) {
    fromBeforeAll = dynalite;
  }

  @Test
  void constructorBeforeAllAndTestMethodGetTheSameRunningServer(Dynalite dynalite, URI endpoint) {
    assertSame(fromBeforeAll, dynalite);
    assertSame(fromConstructor, dynalite);
    assertEquals(dynalite.endpoint(), endpoint);
    assertTrue(dynalite.isRunning());
  }

  @Test
  void everyTestClassOfTheJvmSharesOneServer(Dynalite dynalite) {
    assertEquals(1, SharedServers.record(dynalite));
  }
}
