package io.dynamo.benchmarks;

import static io.dynamo.benchmarks.Fixtures.KEY_CONDITION;
import static io.dynamo.benchmarks.Fixtures.PAGE_SIZE;
import static io.dynamo.benchmarks.Fixtures.PK;
import static io.dynamo.benchmarks.Fixtures.PK_VALUE;
import static io.dynamo.benchmarks.Fixtures.SK;
import static io.dynamo.benchmarks.Fixtures.SK_VALUE;
import static io.dynamo.benchmarks.Fixtures.TABLE;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.DynamoClientBuilder;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.PutItemResponse;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.QueryResponse;
import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import io.dynamo.codec.DynamoJson;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Our client's side of every benchmark: how it is built and the three calls, as a user writes them.
 */
final class OurSide {
  private OurSide() {}

  /** A client with fixed credentials; {@code endpoint} null means AWS's endpoint for the region. */
  static DynamoClient client(Transport transport, String endpoint) {
    DynamoClientBuilder builder =
        DynamoClient.builder()
            .region(Fixtures.REGION)
            .credentials(Credentials.of(Fixtures.ACCESS_KEY, Fixtures.SECRET))
            .transport(transport);
    return (endpoint == null ? builder : builder.endpoint(endpoint)).build();
  }

  /** The item of {@code item.json}. */
  static Item item() {
    return Item.from(DynamoJson.readItem(Fixtures.ITEM_JSON));
  }

  static GetItemResponse getItem(DynamoClient client) {
    return client.getItem(
        GetItemRequest.builder().table(TABLE).key(Key.of(PK, PK_VALUE, SK, SK_VALUE)).build());
  }

  static PutItemResponse putItem(DynamoClient client, Item item) {
    return client.putItem(PutItemRequest.builder().table(TABLE).item(item).build());
  }

  static QueryResponse query(DynamoClient client) {
    return client.query(
        QueryRequest.builder()
            .table(TABLE)
            .keyCondition(KEY_CONDITION)
            .names(Map.of("#pk", PK))
            .values(Map.of(":pk", PK_VALUE))
            .limit(PAGE_SIZE)
            .build());
  }

  static GetItemResponse getItemAsync(DynamoClient client) {
    return client
        .async()
        .getItem(
            GetItemRequest.builder().table(TABLE).key(Key.of(PK, PK_VALUE, SK, SK_VALUE)).build())
        .join();
  }

  static PutItemResponse putItemAsync(DynamoClient client, Item item) {
    return client.async().putItem(PutItemRequest.builder().table(TABLE).item(item).build()).join();
  }

  static QueryResponse queryAsync(DynamoClient client) {
    return client
        .async()
        .query(
            QueryRequest.builder()
                .table(TABLE)
                .keyCondition(KEY_CONDITION)
                .names(Map.of("#pk", PK))
                .values(Map.of(":pk", PK_VALUE))
                .limit(PAGE_SIZE)
                .build())
        .join();
  }

  /** A cold start: build the client on canned responses and make the first GetItem. */
  static String firstCall() {
    try (DynamoClient client = client(new CannedTransport(), null)) {
      return getItem(client).item().getString("name");
    }
  }

  /**
   * Answers every request with a prebuilt response from {@link Fixtures}, by X-Amz-Target, without
   * any I/O. The last request is kept for {@link ClientAgreement}.
   */
  static final class CannedTransport implements Transport {
    private final Map<String, HttpResponse> responses = new HashMap<>();
    HttpRequest lastRequest;

    CannedTransport() {
      Fixtures.RESPONSES.forEach((target, body) -> responses.put(target, response(200, body)));
    }

    static HttpResponse response(int status, byte[] body) {
      List<HttpHeader> headers = new ArrayList<>();
      for (String[] h : Fixtures.headers(body, true)) {
        headers.add(HttpHeader.of(h[0], h[1]));
      }
      return HttpResponse.of(status, headers, body);
    }

    /** Answers {@code target} with {@code response} from now on. */
    void answer(String target, HttpResponse response) {
      responses.put(target, response);
    }

    @Override
    public HttpResponse execute(HttpRequest request, Duration timeout) {
      lastRequest = request;
      HttpResponse response = responses.get(request.header("X-Amz-Target").orElse(""));
      if (response == null) {
        throw new IllegalStateException("no canned response for " + request);
      }
      return response;
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Duration timeout) {
      return CompletableFuture.completedFuture(execute(request, timeout));
    }

    @Override
    public String name() {
      return "canned";
    }

    @Override
    public void close() {}
  }
}
