package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.sign.Environment;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointsTest {
  private static String parse(String text) {
    return Endpoints.parse(text, "endpoint").toString();
  }

  @Test
  void keepsPathAndPortAndDropsTheSchemesDefaultPort() {
    assertEquals("http://127.0.0.1:8000/", parse("http://127.0.0.1:8000"));
    assertEquals(
        "https://dynamodb.eu-west-1.amazonaws.com/",
        parse("https://dynamodb.eu-west-1.amazonaws.com:443"));
    assertEquals("http://localhost/", parse("HTTP://localhost:80/"));
    assertEquals(
        "https://docapi.serverless.yandexcloud.net/ru-central1/b1g/etn",
        parse("https://docapi.serverless.yandexcloud.net/ru-central1/b1g/etn"));
    assertEquals("http://[::1]:8000/", parse("http://[::1]:8000"));
    assertEquals("https://[::1]/", parse("https://[::1]:443"));
  }

  @Test
  void rejectsWhatCannotBeAnEndpoint() {
    for (String bad :
        new String[] {
          "",
          "ftp://example.com",
          "//example.com",
          "http://",
          "http://h/?q=1",
          "http://h/#f",
          "http://u:p@h/",
          "not a url"
        }) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> parse(bad), bad);
      assertEquals("endpoint", e.field());
      assertTrue(!e.getMessage().contains("u:p"), e.getMessage());
    }
  }

  @Test
  void neverRepeatsAPasswordGivenInTheUrl() {
    for (String bad :
        new String[] {
          "ftp://admin:s3cr3t@example.com",
          "http://admin:s3cr3t@h/?q=1",
          "http://admin:s3cr3t@h/#f",
          "http://admin:s3cr3t@/",
          "http://admin:s3cr3t@h/ bad path",
          "admin:s3cr3t@h"
        }) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> parse(bad), bad);
      assertTrue(!e.getMessage().contains("s3cr3t"), e.getMessage());
    }
  }

  @Test
  void namesTheVariableAnEndpointCameFrom() {
    Path home = Path.of("/nonexistent");
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                Endpoints.fromEnvironment(
                    Environment.of(Map.of("AWS_ENDPOINT_URL_DYNAMODB", "localhost:8000"), home)));
    assertEquals("AWS_ENDPOINT_URL_DYNAMODB", e.field());
  }

  @Test
  void aRegionThatIsNotAHostLabelNeverBecomesAnotherHost() {
    for (String bad :
        new String[] {"attacker.example/", "evil.com#", "us-east-1.evil.com", "us east 1", "x@y"}) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> Endpoints.forRegion(bad), bad);
      assertEquals("region", e.field());
    }
    for (String good : new String[] {"us-gov-west-1", "ru-central1", "local", "eusc-de-east-1"}) {
      assertEquals("dynamodb." + good + ".amazonaws.com", Endpoints.forRegion(good).getHost());
    }
  }

  @Test
  void regionEndpointsAndEnvironment() {
    assertEquals(
        URI.create("https://dynamodb.us-east-1.amazonaws.com/"), Endpoints.forRegion("us-east-1"));
    assertEquals(
        URI.create("https://dynamodb.cn-north-1.amazonaws.com.cn/"),
        Endpoints.forRegion("cn-north-1"));
    Path home = Path.of("/nonexistent");
    assertEquals(Optional.empty(), Endpoints.fromEnvironment(Environment.of(Map.of(), home)));
    assertEquals(
        Optional.of(URI.create("http://localhost:8000/")),
        Endpoints.fromEnvironment(
            Environment.of(
                Map.of(
                    "AWS_ENDPOINT_URL",
                    "http://other:1",
                    "AWS_ENDPOINT_URL_DYNAMODB",
                    "http://localhost:8000"),
                home)));
    assertEquals(
        Optional.of(URI.create("http://other:1/")),
        Endpoints.fromEnvironment(
            Environment.of(Map.of("AWS_ENDPOINT_URL", "http://other:1"), home)));
  }
}
