package io.dynamo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checked-in generated sources of dynamo-api are what the generator makes from the model now.
 * Run with {@code -Ddynamo.codegen.write=true} to rewrite them after changing the generator, the
 * model or the customizations.
 */
class GeneratorTest {
  private static final Path ROOT =
      Path.of(System.getProperty("dynamo.codegen.root", "../dynamo-api/src/generated/java"));

  @Test
  void generatedSourcesAreUpToDate() throws IOException {
    Map<String, String> expected = Generator.generate();
    if (Boolean.getBoolean("dynamo.codegen.write")) {
      Generator.write(ROOT, expected);
    }
    TreeSet<String> actual = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files
          .filter(Files::isRegularFile)
          .forEach(p -> actual.add(ROOT.relativize(p).toString().replace('\\', '/')));
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path p = ROOT.resolve(e.getKey());
      if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
        stale.add(e.getKey());
      }
    }
    TreeSet<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected.keySet());
    assertTrue(
        stale.isEmpty() && extra.isEmpty(),
        "dynamo-api's generated sources are stale; run `mvn -pl dynamo-codegen test"
            + " -Ddynamo.codegen.write=true` (stale: "
            + stale
            + ", not generated: "
            + extra
            + ")");
  }

  @Test
  void everyGeneratedFileSaysSo() {
    for (Map.Entry<String, String> e : Generator.generate().entrySet()) {
      assertTrue(e.getValue().startsWith(Generator.HEADER), e.getKey());
    }
  }

  @Test
  void namesFollowJavaConventions() {
    assertEquals("SseDescription", Names.type("SSEDescription"));
    assertEquals("kmsMasterKeyId", Names.member("KMSMasterKeyId"));
    assertEquals("sizeEstimateRangeGb", Names.member("SizeEstimateRangeGB"));
    assertEquals("s3BucketOwner", Names.member("S3BucketOwner"));
    assertEquals("AWS_KMS", Names.constant("aws:kms"));
    assertEquals("PAY_PER_REQUEST", Names.constant("PAY_PER_REQUEST"));
  }
}
