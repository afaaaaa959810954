package io.dynamo.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs test classes in a nested JUnit run and looks at the server after the run ended. */
class DynaliteExtensionLifecycleTest {
  static final AtomicReference<Dynalite> FIRST = new AtomicReference<>();
  static final AtomicReference<Dynalite> SECOND = new AtomicReference<>();

  @Test
  void oneServerServesTheWholeRunAndStopsWhenTheRunEnds() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(FirstProbe.class), selectClass(SecondProbe.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2));

    assertNotNull(FIRST.get());
    assertSame(FIRST.get(), SECOND.get());
    assertFalse(FIRST.get().isRunning(), "still running after the run ended");
  }

  @ExtendWith(DynaliteExtension.class)
  static class FirstProbe {
    @Test
    void probe(Dynalite dynalite) {
      assertTrue(dynalite.isRunning());
      FIRST.set(dynalite);
    }
  }

  @ExtendWith(DynaliteExtension.class)
  static class SecondProbe {
    @Test
    void probe(Dynalite dynalite) {
      assertTrue(dynalite.isRunning());
      SECOND.set(dynalite);
    }
  }
}
