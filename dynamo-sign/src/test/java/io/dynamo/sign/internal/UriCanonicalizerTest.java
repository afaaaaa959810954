package io.dynamo.sign.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.sign.SecretLeakGuard;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecretLeakGuard.class)
class UriCanonicalizerTest {

  static String path(String uri, boolean normalize, boolean doubleEncode) {
    return UriCanonicalizer.canonicalPath(URI.create(uri), normalize, doubleEncode);
  }

  static String query(String uri) {
    return UriCanonicalizer.canonicalQuery(URI.create(uri));
  }

  @Test
  void plainPathsAreKept() {
    assertEquals("/", path("https://h", true, true));
    assertEquals("/", path("https://h/", true, true));
    assertEquals("/ru-central1/b1g/etn", path("https://h/ru-central1/b1g/etn", true, true));
    assertEquals("/a/b/", path("https://h/a/b/", true, true));
  }

  @Test
  void normalizationRemovesDotSegmentsAndRepeatedSlashes() {
    assertEquals("/a/c", path("https://h/a/./b/../c", true, true));
    assertEquals("/a/", path("https://h//a//", true, true));
    assertEquals("/", path("https://h/a/../..", true, true));
    assertEquals("/a/b/", path("https://h/a/b/.", true, true));
    assertEquals("/a/./b/../c", path("https://h/a/./b/../c", false, true));
  }

  @Test
  void doubleEncodingEncodesTheWirePathAgain() {
    assertEquals("/a%2520b", path("https://h/a%20b", true, true));
    assertEquals("/%25E1%2588%25B4", path("https://h/\u1234", true, true));
    assertEquals("/a%253Db%2540c", path("https://h/a%3Db%40c", true, true));
    assertEquals("/a%3Db", path("https://h/a=b", true, true));
  }

  @Test
  void singleEncodingSignsEachSegmentEncodedOnce() {
    assertEquals("/a%20b", path("https://h/a%20b", true, false));
    assertEquals("/%E1%88%B4", path("https://h/\u1234", true, false));
    assertEquals("/~/%2F", path("https://h/%7e/%2f", true, false));
    assertEquals("/a%3Db%2A", path("https://h/a=b*", true, false));
  }

  @Test
  void queryIsDecodedEncodedOnceAndSorted() {
    assertEquals("", query("https://h/"));
    assertEquals("", query("https://h/?"));
    assertEquals("a=&b=2&b=3", query("https://h/?b=3&a&b=2"));
    assertEquals("k=a%20b%2Bc%2A~", query("https://h/?k=a%20b+c*%7E"));
    assertEquals("%E1%88%B4=%E1%88%B4", query("https://h/?\u1234=%e1%88%b4"));
    assertEquals("a=1&b=2", query("https://h/?&a=1&&b=2&"));
    assertEquals("x=a%3Db", query("https://h/?x=a=b"));
  }
}
