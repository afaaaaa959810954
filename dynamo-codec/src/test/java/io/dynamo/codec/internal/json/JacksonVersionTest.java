package io.dynamo.codec.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

class JacksonVersionTest {
  private static Version v(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
  }

  @Test
  void theFloorAndNewerAreAccepted() {
    assertNull(JacksonVersion.problem(v(2, 15, 0)));
    assertNull(JacksonVersion.problem(v(2, 17, 2)));
    assertNull(JacksonVersion.problem(v(2, 23, 0)));
    assertNull(JacksonVersion.problem(v(3, 0, 0)));
  }

  @Test
  void anOlderOneIsRefusedNamingBothVersions() {
    assertEquals(
        "dynamo needs jackson-core 2.15.0 or newer (2.x), but found 2.14.3"
            + " (com.fasterxml.jackson.core:jackson-core); a dependency manager such as Spring"
            + " Boot's may pin an older one: set jackson-core's version to 2.15.0 or newer",
        JacksonVersion.problem(v(2, 14, 3)));
  }

  @Test
  void theVersionInUseIsTheBuildsOwn() {
    JacksonVersion.requireSupported();
    assertTrue(JacksonVersion.atLeast(2, 15));
    assertEquals(
        com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(), JacksonVersion.found());
  }
}
