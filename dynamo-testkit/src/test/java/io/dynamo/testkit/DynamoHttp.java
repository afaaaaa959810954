package io.dynamo.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends DynamoDB-shaped requests with a fake SigV4 header, as a client would (tests only). */
final class DynamoHttp {
  static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request,"
          + " SignedHeaders=host;x-amz-date;x-amz-target, Signature=abc";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private DynamoHttp() {}

  static HttpResponse<String> call(URI endpoint, String operation, String json)
      throws IOException, InterruptedException {
    return CLIENT.send(
        request(endpoint, operation, json).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(URI endpoint, String operation, String json) {
    return HttpRequest.newBuilder(endpoint.resolve("/"))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", AUTHORIZATION)
        .header("X-Amz-Date", "20260101T000000Z")
        .header("X-Amz-Target", "DynamoDB_20120810." + operation)
        .header("Content-Type", "application/x-amz-json-1.0")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  static HttpClient client() {
    return CLIENT;
  }
}
