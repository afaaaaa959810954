package io.dynamo.sign.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.sign.SecretLeakGuard;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class ProfileFileParserTest {

  @Test
  void credentialsFileSectionsAreProfileNames() {
    Map<String, Map<String, String>> p =
        ProfileFileParser.parse(
            "# c\n[default]\r\nKey = v # comment\n  sub = skipped\nother=a#b\nx = y;z\n[ spaced ]\nk=v\n[]\nk=lost\n",
            false);
    assertEquals(Map.of("key", "v", "other", "a#b", "x", "y;z"), p.get("default"));
    assertEquals(Map.of("k", "v"), p.get("spaced"));
    assertEquals(2, p.size());
  }

  @Test
  void configFileNeedsProfilePrefixExceptForDefault() {
    Map<String, Map<String, String>> p =
        ProfileFileParser.parse(
            "[default]\na=1\n[profile  dev ]\nb=2\n[profiledev]\nc=3\n[services s]\nd=4\n[profile default]\ne=5\n",
            true);
    assertEquals(Map.of("a", "1", "e", "5"), p.get("default"));
    assertEquals(Map.of("b", "2"), p.get("dev"));
    assertEquals(2, p.size());
  }

  @Test
  void propertiesOutsideSectionsAndLinesWithoutEqualsAreSkipped() {
    Map<String, Map<String, String>> p =
        ProfileFileParser.parse("a=1\n[x]\nno equals here\n=novalue\nb = \n", false);
    assertEquals(Map.of("x", Map.of("b", "")), p);
  }
}
