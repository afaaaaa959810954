package io.dynamo.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dynamo.api.DynamoClient;
import io.dynamo.api.call.RetryPolicy;
import io.dynamo.api.error.CrcMismatchException;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Bytes;
import io.dynamo.codec.Item;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.HttpHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Checks, outside any measurement, that both clients do the same job in the benchmarks: for
 * GetItem, PutItem and Query the two request bodies parse to the same JSON (member order aside,
 * sets compared as sets), both read the same items from the same canned responses, and both reject
 * a response whose {@code x-amz-crc32} does not match. Run on its own to see the headers each side
 * sends: {@code java -cp benchmarks.jar io.dynamo.benchmarks.ClientAgreement}.
 */
public final class ClientAgreement {
  private static final JsonFactory JSON = new JsonFactory();

  private ClientAgreement() {}

  /** Checks and prints the request each side sent. */
  public static void main(String[] args) {
    for (String line : check()) {
      System.out.println(line);
    }
  }

  /** Runs the checks; throws if the two sides disagree; returns what each side sent. */
  static List<String> check() {
    List<String> report = new ArrayList<>();
    OurSide.CannedTransport transport = new OurSide.CannedTransport();
    SdkSide.CannedHttpClient http = new SdkSide.CannedHttpClient().capturing();
    try (DynamoClient ours = OurSide.client(transport, null);
        DynamoDbClient sdk = SdkSide.client(http, null)) {
      Item item = OurSide.item();

      var ourGet = OurSide.getItem(ours);
      var sdkGet = SdkSide.getItem(sdk);
      sameBodies("GetItem", transport.lastRequest.body(), http.lastBody);
      same("GetItem item", ourGet.item().attributes(), fromSdk(sdkGet.item()));
      report.add(describe("GetItem", transport, http));

      var ourPut = OurSide.putItem(ours, item);
      var sdkPut = SdkSide.putItem(sdk, toSdk(item.attributes()));
      sameBodies("PutItem", transport.lastRequest.body(), http.lastBody);
      same("PutItem attributes", ourPut.attributes() == null, !sdkPut.hasAttributes());
      report.add(describe("PutItem", transport, http));

      var ourQuery = OurSide.query(ours);
      var sdkQuery = SdkSide.query(sdk);
      sameBodies("Query", transport.lastRequest.body(), http.lastBody);
      List<Map<String, AttributeValue>> ourItems = new ArrayList<>();
      ourQuery.items().forEach(i -> ourItems.add(i.attributes()));
      List<Map<String, AttributeValue>> sdkItems = new ArrayList<>();
      sdkQuery.items().forEach(i -> sdkItems.add(fromSdk(i)));
      same("Query items", ourItems, sdkItems);
      same("Query count", ourQuery.count(), sdkQuery.count());
      same("Query scanned count", ourQuery.scannedCount(), sdkQuery.scannedCount());
      same(
          "Query last key",
          ourQuery.lastEvaluatedKey().attributes(),
          fromSdk(sdkQuery.lastEvaluatedKey()));
      if (ourItems.size() != Fixtures.PAGE_SIZE) {
        throw new IllegalStateException("Query read " + ourItems.size() + " items");
      }
      report.add(describe("Query", transport, http));
    }
    report.add(bothRejectBadCrc());
    return report;
  }

  /** Both clients, retries off, refuse a GetItem response whose CRC32 is wrong. */
  private static String bothRejectBadCrc() {
    byte[] body = Fixtures.GET_ITEM_RESPONSE;
    byte[] damaged = body.clone();
    damaged[damaged.length - 3] = (byte) (damaged[damaged.length - 3] == 'a' ? 'b' : 'a');
    OurSide.CannedTransport transport = new OurSide.CannedTransport();
    var good = OurSide.CannedTransport.response(200, body);
    transport.answer(
        Fixtures.GET_ITEM,
        io.dynamo.api.spi.HttpResponse.of(200, good.headers(), damaged)); // headers for `body`
    String ourError;
    try (DynamoClient ours =
        DynamoClient.builder()
            .region(Fixtures.REGION)
            .credentials(Credentials.of(Fixtures.ACCESS_KEY, Fixtures.SECRET))
            .transport(transport)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      ourError = failure(() -> OurSide.getItem(ours));
    }
    if (!ourError.startsWith(CrcMismatchException.class.getSimpleName())) {
      throw new IllegalStateException("our client accepted a bad CRC32: " + ourError);
    }

    SdkSide.CannedHttpClient http = new SdkSide.CannedHttpClient();
    http.answer(Fixtures.GET_ITEM, 200, body, damaged); // headers for `body`
    String sdkError;
    try (DynamoDbClient sdk =
        DynamoDbClient.builder()
            .region(Region.of(Fixtures.REGION))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(Fixtures.ACCESS_KEY, Fixtures.SECRET)))
            .httpClient(http)
            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build()) {
      sdkError = failure(() -> SdkSide.getItem(sdk));
    }
    if (sdkError.equals("none")) {
      throw new IllegalStateException("the SDK accepted a bad CRC32");
    }
    return "bad x-amz-crc32: ours throws " + ourError + "; the SDK throws " + sdkError;
  }

  private static String failure(Supplier<?> call) {
    try {
      call.get();
      return "none";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  private static String describe(
      String operation, OurSide.CannedTransport transport, SdkSide.CannedHttpClient http) {
    List<String> ourHeaders = new ArrayList<>();
    for (HttpHeader h : transport.lastRequest.headers()) {
      ourHeaders.add(h.name());
    }
    return operation
        + ": same JSON body (ours "
        + transport.lastRequest.body().length
        + " bytes, SDK "
        + http.lastBody.length
        + " bytes)\n  ours sends "
        + ourHeaders
        + "\n  SDK sends  "
        + new ArrayList<>(http.lastRequest.headers().keySet())
        + "\n  ours: "
        + new String(transport.lastRequest.body(), java.nio.charset.StandardCharsets.UTF_8)
        + "\n  SDK:  "
        + new String(http.lastBody, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void same(String what, Object ours, Object sdk) {
    if (!Objects.equals(ours, sdk)) {
      throw new IllegalStateException(what + " differ:\n ours: " + ours + "\n sdk:  " + sdk);
    }
  }

  /** Throws unless both bodies parse to the same JSON value. */
  static void sameBodies(String operation, byte[] ours, byte[] sdk) {
    same(operation + " request bodies", tree(ours), tree(sdk));
  }

  /** JSON as maps, lists, strings, numbers (as text), booleans and null; DynamoDB sets as sets. */
  static Object tree(byte[] json) {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      return value(p, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p, name));
        }
        return map;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p, null));
        }
        boolean isSet = "SS".equals(field) || "NS".equals(field) || "BS".equals(field);
        return isSet ? new HashSet<>(list) : list;
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return t == JsonToken.VALUE_STRING ? p.getText() : "number:" + p.getText();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return t == JsonToken.VALUE_TRUE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected " + t);
    }
  }

  /** Our item as the SDK's attribute values. */
  static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
      Map<String, AttributeValue> item) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> out =
        new LinkedHashMap<>();
    item.forEach((name, value) -> out.put(name, toSdk(value)));
    return out;
  }

  private static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(
      AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(s.value());
    } else if (v instanceof AttributeValue.N n) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(n.value());
    } else if (v instanceof AttributeValue.B b) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(
          SdkBytes.fromByteArray(b.value().toByteArray()));
    } else if (v instanceof AttributeValue.SS ss) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(
          new ArrayList<>(ss.values()));
    } else if (v instanceof AttributeValue.NS ns) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNs(
          new ArrayList<>(ns.values()));
    } else if (v instanceof AttributeValue.M m) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(toSdk(m.values()));
    } else if (v instanceof AttributeValue.L l) {
      List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> list = new ArrayList<>();
      l.values().forEach(e -> list.add(toSdk(e)));
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL(list);
    } else if (v instanceof AttributeValue.Bool b) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(b.value());
    } else if (v instanceof AttributeValue.Null) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNul(true);
    }
    throw new IllegalArgumentException("no SDK counterpart for " + v);
  }

  /** The SDK's attribute values as ours. */
  static Map<String, AttributeValue> fromSdk(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    item.forEach((name, value) -> out.put(name, fromSdk(value)));
    return out;
  }

  private static AttributeValue fromSdk(
      software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
    switch (v.type()) {
      case S:
        return AttributeValue.s(v.s());
      case N:
        return AttributeValue.n(v.n());
      case B:
        return AttributeValue.b(Bytes.of(v.b().asByteArray()));
      case SS:
        return AttributeValue.ss(v.ss());
      case NS:
        return AttributeValue.ns(v.ns());
      case BS:
        Set<Bytes> bytes = new HashSet<>();
        v.bs().forEach(b -> bytes.add(Bytes.of(b.asByteArray())));
        return AttributeValue.bs(bytes);
      case M:
        return AttributeValue.m(fromSdk(v.m()));
      case L:
        List<AttributeValue> list = new ArrayList<>();
        v.l().forEach(e -> list.add(fromSdk(e)));
        return AttributeValue.l(list);
      case BOOL:
        return AttributeValue.bool(v.bool());
      case NUL:
        return AttributeValue.nul();
      default:
        throw new IllegalArgumentException("unknown SDK attribute value " + v);
    }
  }
}
