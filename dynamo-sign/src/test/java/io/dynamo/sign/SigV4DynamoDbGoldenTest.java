package io.dynamo.sign;

import static io.dynamo.sign.TestSecrets.SECRET;
import static io.dynamo.sign.TestSecrets.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DynamoDB-shaped requests (POST, X-Amz-Target, a JSON body, a User-Agent that is not signed)
 * signed with the default options and compared with golden values that botocore's SigV4Auth
 * produced for the same requests (src/test/resources/dynamodb-golden, with the script that made
 * them): on AWS with and without a session token, on a custom port (dynalite), and on a Yandex
 * Database endpoint with a path.
 */
@ExtendWith(SecretLeakGuard.class)
class SigV4DynamoDbGoldenTest {
  static final String BODY =
      "{\"TableName\":\"users\",\"Key\":{\"user/id\":{\"N\":\"1\"},\"user/name\":{\"S\":\"Ivan\"}}}";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:04:05Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"aws", "aws-session-token", "custom-port", "endpoint-with-path"})
  void matchesBotocore(String name) throws IOException {
    Map<String, Object> golden = golden().get(name);
    URI uri = URI.create((String) golden.get("url"));
    SignableRequest request =
        SignableRequest.builder("POST", uri)
            .header("X-Amz-Target", "DynamoDB_20120810.GetItem")
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("User-Agent", "dynamo-java/0.1.0")
            .body(BODY.getBytes(StandardCharsets.UTF_8))
            .build();
    Credentials credentials =
        Boolean.TRUE.equals(golden.get("token"))
            ? Credentials.of("AKIDEXAMPLE", SECRET, TOKEN)
            : Credentials.of("AKIDEXAMPLE", SECRET);
    SigV4Signer signer = SigV4Signer.create((String) golden.get("region"), "dynamodb", CLOCK);

    SigningDetails d = signer.details(request, credentials);

    assertEquals(golden.get("canonical"), d.canonicalRequest(), "canonical request");
    assertEquals(golden.get("stringToSign"), d.stringToSign(), "string to sign");
    assertEquals(golden.get("authorization"), d.authorization(), "Authorization");
    Map<String, String> added = new LinkedHashMap<>();
    d.headers().forEach(h -> added.put(h.name(), h.value()));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("X-Amz-Date", (String) golden.get("date"));
    if (golden.get("securityToken") != null) {
      expected.put("X-Amz-Security-Token", (String) golden.get("securityToken"));
    }
    expected.put("Authorization", (String) golden.get("authorization"));
    assertEquals(expected, added, "headers to add, in order");
    assertEquals(List.copyOf(d.headers()), signer.sign(request, credentials));
    assertTrue(d.signature().matches("[0-9a-f]{64}"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> golden() throws IOException {
    try (InputStream in =
            SigV4DynamoDbGoldenTest.class.getResourceAsStream("/dynamodb-golden/golden.json");
        JsonParser p = new JsonFactory().createParser(in)) {
      return (Map<String, Map<String, Object>>) read(p, p.nextToken());
    }
  }

  private static Object read(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          m.put(key, read(p, p.nextToken()));
        }
        return m;
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      default:
        return p.getText();
    }
  }
}
