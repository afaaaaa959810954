package io.dynamo.benchmarks;

import static io.dynamo.benchmarks.Fixtures.PAGE_SIZE;
import static io.dynamo.benchmarks.Fixtures.PK;
import static io.dynamo.benchmarks.Fixtures.PK_VALUE;
import static io.dynamo.benchmarks.Fixtures.SK;
import static io.dynamo.benchmarks.Fixtures.SK_VALUE;
import static io.dynamo.benchmarks.Fixtures.TABLE;

import io.dynamo.api.DynamoClient;
import io.dynamo.api.Page;
import io.dynamo.api.Table;
import io.dynamo.api.expr.Condition;
import io.dynamo.codec.Item;
import io.dynamo.codec.ItemCodec;
import io.dynamo.codec.Key;
import io.dynamo.codec.TypeRef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Typed items, as {@link ClientBenchmark} measures plain ones (canned responses, no network): the
 * same GetItem, PutItem and Query of the 11-attribute item (its scores all numbers), read into and
 * written from a value of a record or bean, four ways.
 *
 * <ul>
 *   <li>{@code ours}: {@code Table<MappedUser>} through the codec dynamo-mapper generates;
 *   <li>{@code item}: the same table through an {@code ItemCodec} written by hand with {@code
 *       Item}'s getters and {@code ItemBuilder}'s setters (what the generated codec replaces);
 *   <li>{@code plain}: the calls of {@code ClientBenchmark}, items only, no values (the floor);
 *   <li>{@code sdk}: the AWS SDK's enhanced client with a {@code StaticTableSchema} of beans.
 * </ul>
 *
 * <p>{@code Ratios MapperBenchmark 2} compares ours with the SDK; {@code sides=ours,item} or {@code
 * sides=ours,plain} compares two of ours. The set-up checks that the four read the same values and
 * that ours and item send the same PutItem.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MapperBenchmark {
  /** The benchmark item with numbers only in its list, as a typed value can hold it. */
  static final String ITEM_JSON = Fixtures.ITEM_JSON.replace(",{\"S\":\"n/a\"}", "");

  static final ItemCodec<MappedUser.Geo> GEO =
      ItemCodec.of(
          (g, w) -> w.number("lat", g.lat()).number("lon", g.lon()),
          r -> new MappedUser.Geo(r.getBigDecimal("lat"), r.getBigDecimal("lon")));
  static final ItemCodec<MappedUser.Address> ADDRESS =
      ItemCodec.of(
          (a, w) ->
              w.string("street", a.street())
                  .string("city", a.city())
                  .string("zip", a.zip())
                  .value("geo", a.geo(), GEO),
          r ->
              new MappedUser.Address(
                  r.getString("street"),
                  r.getString("city"),
                  r.getString("zip"),
                  GEO.using(r.registry()).decode(r.get("geo"))));
  static final TypeRef<List<BigDecimal>> SCORES = TypeRef.listOf(BigDecimal.class);

  /** The codec a user writes by hand today. */
  static final ItemCodec<MappedUser> BY_HAND =
      ItemCodec.of(
          (u, w) ->
              w.string("pk", u.pk())
                  .string("sk", u.sk())
                  .string("name", u.name())
                  .string("email", u.email())
                  .number("age", u.age())
                  .number("balance", u.balance())
                  .string("created", u.created())
                  .bool("active", u.active())
                  .value("address", u.address(), ADDRESS)
                  .value("scores", u.scores(), SCORES)
                  .stringSet("tags", u.tags()),
          r ->
              new MappedUser(
                  r.getString("pk"),
                  r.getString("sk"),
                  r.getString("name"),
                  r.getString("email"),
                  r.getInt("age"),
                  r.getBigDecimal("balance"),
                  r.getString("created"),
                  r.getBoolean("active"),
                  ADDRESS.using(r.registry()).decode(r.get("address")),
                  r.get("scores", SCORES),
                  r.getStringSet("tags")));

  private OurSide.CannedTransport transport;
  private DynamoClient client;
  private Table<MappedUser> ours;
  private Table<MappedUser> item;
  private Item plainItem;
  private MappedUser value;
  private DynamoDbClient sdkClient;
  private DynamoDbTable<EnhancedSide.User> sdk;
  private EnhancedSide.User bean;

  /** Builds the four sides on canned responses and checks that they agree. */
  @Setup
  public void setUp() {
    transport = new OurSide.CannedTransport();
    SdkSide.CannedHttpClient http = new SdkSide.CannedHttpClient();
    String page = new String(Fixtures.QUERY_RESPONSE, StandardCharsets.UTF_8);
    Map<String, byte[]> bodies =
        Map.of(
            Fixtures.GET_ITEM,
            utf8("{\"Item\":" + ITEM_JSON + "}"),
            Fixtures.QUERY,
            utf8(page.replace(",{\"S\":\"n/a\"}", "")));
    bodies.forEach(
        (target, body) -> {
          transport.answer(target, OurSide.CannedTransport.response(200, body));
          http.answer(target, 200, body, body);
        });
    client = OurSide.client(transport, null);
    ours = MappedUserSchema.table(client);
    item = client.table(TABLE, BY_HAND);
    sdkClient = SdkSide.client(http, null);
    sdk = EnhancedSide.table(sdkClient);

    value = oursGetItem();
    plainItem = ours.item(value);
    bean = sdkGetItem();
    check(value.equals(itemGetItem()), "the hand-written codec reads another value");
    check(
        value.name().equals(bean.getName())
            && value.age() == bean.getAge()
            && value.address().geo().lat().equals(bean.getAddress().getGeo().getLat())
            && value.tags().equals(bean.getTags())
            && value.scores().equals(bean.getScores()),
        "the SDK reads another value");
    check(
        ((Item) plainGetItem()).equals(plainItem),
        "the generated codec writes another item than it read");
    oursPutItem();
    String generated = new String(transport.lastRequest.body(), StandardCharsets.UTF_8);
    itemPutItem();
    check(
        generated.equals(new String(transport.lastRequest.body(), StandardCharsets.UTF_8)),
        "ours and item send different PutItems");
    check(oursQuery().items().size() == PAGE_SIZE, "a page of " + PAGE_SIZE);
    check(sdkQuery().items().size() == PAGE_SIZE, "an SDK page of " + PAGE_SIZE);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Closes the clients. */
  @TearDown
  public void tearDown() {
    client.close();
    sdkClient.close();
  }

  /** GetItem into a record, through the generated codec. */
  @Benchmark
  public MappedUser oursGetItem() {
    return ours.get(MappedUserSchema.key(PK_VALUE, SK_VALUE));
  }

  /** The same through a codec written by hand over {@code Item}. */
  @Benchmark
  public MappedUser itemGetItem() {
    return item.get(Key.of(PK, PK_VALUE, SK, SK_VALUE));
  }

  /** The same GetItem, the item only. */
  @Benchmark
  public Object plainGetItem() {
    return OurSide.getItem(client).item();
  }

  /** The same GetItem into a bean, with the SDK's enhanced client. */
  @Benchmark
  public EnhancedSide.User sdkGetItem() {
    return EnhancedSide.getItem(sdk);
  }

  /** PutItem of a record, through the generated codec. */
  @Benchmark
  public MappedUser oursPutItem() {
    ours.put(value);
    return value;
  }

  /** The same through the hand-written codec. */
  @Benchmark
  public MappedUser itemPutItem() {
    item.put(value);
    return value;
  }

  /** The same PutItem of the item. */
  @Benchmark
  public Object plainPutItem() {
    return OurSide.putItem(client, plainItem);
  }

  /** The same PutItem of a bean with the enhanced client. */
  @Benchmark
  public EnhancedSide.User sdkPutItem() {
    EnhancedSide.putItem(sdk, bean);
    return bean;
  }

  /** A page of 25 records, through the generated codec and its attribute reference. */
  @Benchmark
  public Page<MappedUser> oursQuery() {
    return ours.queryPage(q -> q.keyCondition(MappedUserSchema.PK.eq(PK_VALUE)).limit(PAGE_SIZE));
  }

  /** The same page through the hand-written codec. */
  @Benchmark
  public Page<MappedUser> itemQuery() {
    return item.queryPage(q -> q.keyCondition(Condition.eq(PK, PK_VALUE)).limit(PAGE_SIZE));
  }

  /** The same Query, items only. */
  @Benchmark
  public Object plainQuery() {
    return OurSide.query(client);
  }

  /** The same page of beans with the enhanced client. */
  @Benchmark
  public software.amazon.awssdk.enhanced.dynamodb.model.Page<EnhancedSide.User> sdkQuery() {
    return EnhancedSide.query(sdk);
  }
}
