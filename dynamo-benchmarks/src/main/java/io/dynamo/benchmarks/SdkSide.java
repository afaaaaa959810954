package io.dynamo.benchmarks;

import static io.dynamo.benchmarks.Fixtures.KEY_CONDITION;
import static io.dynamo.benchmarks.Fixtures.PAGE_SIZE;
import static io.dynamo.benchmarks.Fixtures.PK;
import static io.dynamo.benchmarks.Fixtures.PK_VALUE;
import static io.dynamo.benchmarks.Fixtures.SK;
import static io.dynamo.benchmarks.Fixtures.SK_VALUE;
import static io.dynamo.benchmarks.Fixtures.TABLE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The AWS SDK v2's side of every benchmark: the same client set-up (region, static credentials,
 * default retries) and the same three calls with the same content, as an SDK user writes them.
 */
final class SdkSide {
  private SdkSide() {}

  /** A client with fixed credentials; {@code endpoint} null means AWS's endpoint for the region. */
  static DynamoDbClient client(SdkHttpClient http, URI endpoint) {
    DynamoDbClientBuilder builder =
        DynamoDbClient.builder()
            .region(Region.of(Fixtures.REGION))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(Fixtures.ACCESS_KEY, Fixtures.SECRET)))
            .httpClient(http);
    return (endpoint == null ? builder : builder.endpointOverride(endpoint)).build();
  }

  /** An async client with fixed credentials against {@code endpoint}. */
  static DynamoDbAsyncClient asyncClient(SdkAsyncHttpClient http, URI endpoint) {
    return DynamoDbAsyncClient.builder()
        .region(Region.of(Fixtures.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(Fixtures.ACCESS_KEY, Fixtures.SECRET)))
        .httpClient(http)
        .endpointOverride(endpoint)
        .build();
  }

  static GetItemResponse getItemAsync(DynamoDbAsyncClient client) {
    return client
        .getItem(
            GetItemRequest.builder()
                .tableName(TABLE)
                .key(Map.of(PK, AttributeValue.fromS(PK_VALUE), SK, AttributeValue.fromS(SK_VALUE)))
                .build())
        .join();
  }

  static PutItemResponse putItemAsync(
      DynamoDbAsyncClient client, Map<String, AttributeValue> item) {
    return client.putItem(PutItemRequest.builder().tableName(TABLE).item(item).build()).join();
  }

  static QueryResponse queryAsync(DynamoDbAsyncClient client) {
    return client
        .query(
            QueryRequest.builder()
                .tableName(TABLE)
                .keyConditionExpression(KEY_CONDITION)
                .expressionAttributeNames(Map.of("#pk", PK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(PK_VALUE)))
                .limit(PAGE_SIZE)
                .build())
        .join();
  }

  static GetItemResponse getItem(DynamoDbClient client) {
    return client.getItem(
        GetItemRequest.builder()
            .tableName(TABLE)
            .key(Map.of(PK, AttributeValue.fromS(PK_VALUE), SK, AttributeValue.fromS(SK_VALUE)))
            .build());
  }

  static PutItemResponse putItem(DynamoDbClient client, Map<String, AttributeValue> item) {
    return client.putItem(PutItemRequest.builder().tableName(TABLE).item(item).build());
  }

  static QueryResponse query(DynamoDbClient client) {
    return client.query(
        QueryRequest.builder()
            .tableName(TABLE)
            .keyConditionExpression(KEY_CONDITION)
            .expressionAttributeNames(Map.of("#pk", PK))
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(PK_VALUE)))
            .limit(PAGE_SIZE)
            .build());
  }

  /** A cold start: build the client on canned responses and make the first GetItem. */
  static String firstCall() {
    try (DynamoDbClient client = client(new CannedHttpClient(), null)) {
      return getItem(client).item().get("name").s();
    }
  }

  /**
   * Answers every request with a prebuilt response from {@link Fixtures}, by X-Amz-Target, without
   * any I/O, through the SDK's public HTTP client SPI. It reads the request body into a scratch
   * buffer, as a real client writing it to a socket would (the SDK hands over a stream, not bytes).
   */
  static final class CannedHttpClient implements SdkHttpClient {
    private record Canned(SdkHttpResponse response, byte[] body) {}

    private final Map<String, Canned> responses = new HashMap<>();
    private final byte[] scratch = new byte[8192];
    private boolean capture;
    SdkHttpRequest lastRequest;
    byte[] lastBody;

    CannedHttpClient() {
      Fixtures.RESPONSES.forEach((target, body) -> answer(target, 200, body, body));
    }

    /**
     * Answers {@code target} with {@code body} and the headers of {@code headersOf} from now on.
     */
    void answer(String target, int status, byte[] headersOf, byte[] body) {
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String[] h : Fixtures.headers(headersOf, true)) {
        headers.computeIfAbsent(h[0], k -> new ArrayList<>()).add(h[1]);
      }
      SdkHttpResponse response =
          SdkHttpResponse.builder().statusCode(status).headers(headers).build();
      responses.put(target, new Canned(response, body));
    }

    /**
     * Keeps a copy of the next request bodies (for {@link ClientAgreement}, not when measuring).
     */
    CannedHttpClient capturing() {
      capture = true;
      return this;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() throws IOException {
          SdkHttpRequest http = request.httpRequest();
          lastRequest = http;
          Optional<ContentStreamProvider> content = request.contentStreamProvider();
          if (content.isPresent()) {
            try (InputStream in = content.get().newStream()) {
              if (capture) {
                lastBody = in.readAllBytes();
              } else {
                while (in.read(scratch) >= 0) {
                  // drained, as a real client would send it
                }
              }
            }
          }
          Canned canned = responses.get(http.firstMatchingHeader("X-Amz-Target").orElse(""));
          if (canned == null) {
            throw new IllegalStateException("no canned response for " + http);
          }
          return HttpExecuteResponse.builder()
              .response(canned.response())
              .responseBody(AbortableInputStream.create(new ByteArrayInputStream(canned.body())))
              .build();
        }

        @Override
        public void abort() {}
      };
    }

    @Override
    public String clientName() {
      return "canned";
    }

    @Override
    public void close() {}
  }
}
