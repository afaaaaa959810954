package io.dynamo.testkit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, replayable fuzz input for a client's response reading: realistic DynamoDB response bodies
 * ({@link #CORPUS}), mutations of them, and random JSON from a grammar.
 *
 * <p>Every case has its own {@link SplittableRandom}, made from the run's seed and the case's index
 * ({@link #random(long, long)}), so one case can be replayed alone: a failure message names both
 * ({@link #replay(long, long)}), and {@code -Ddynamo.fuzz.seed=S -Ddynamo.fuzz.case=N} runs only
 * that case again.
 *
 * <p>Bodies are at most {@value #MAX_BODY_BYTES} bytes, and the nesting a mutation adds is at most
 * {@value #MAX_NESTING} levels.
 *
 * <pre>{@code
 * long seed = Fuzz.seed(0xF0CACC1AL);
 * for (long i = 0; i < cases; i++) {
 *   SplittableRandom r = Fuzz.random(seed, i);
 *   byte[] body = Fuzz.body(r, Fuzz.GET_ITEM);
 *   // ... read it; on a failure: fail(Fuzz.replay(seed, i) + ": " + Fuzz.show(body))
 * }
 * }</pre>
 */
public final class Fuzz {
  /** The largest body made. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  /** The most levels of nesting one mutation adds. */
  public static final int MAX_NESTING = 2_000;

  /** The system property that overrides the run's seed (decimal, or hexadecimal after 0x). */
  public static final String SEED_PROPERTY = "dynamo.fuzz.seed";

  /** The system property that runs only the case with this index. */
  public static final String CASE_PROPERTY = "dynamo.fuzz.case";

  // ---- the corpus: bodies as DynamoDB sends them -------------------------------------------

  /** An item of every attribute type, nested. */
  public static final String ITEM =
      "{\"id\":{\"S\":\"user#1\"},\"age\":{\"N\":\"42\"},\"score\":{\"N\":\"-3.14e2\"},"
          + "\"avatar\":{\"B\":\"iVBORw0KGgo=\"},\"tags\":{\"SS\":[\"a\",\"b\",\"\u00fc\"]},"
          + "\"lucky\":{\"NS\":[\"7\",\"13\",\"-0.5\"]},\"blobs\":{\"BS\":[\"AAE=\",\"/w==\"]},"
          + "\"profile\":{\"M\":{\"name\":{\"S\":\"Ada\"},\"address\":{\"M\":{\"city\":"
          + "{\"S\":\"Z\u00fcrich\"},\"zip\":{\"N\":\"8001\"}}},\"emails\":{\"L\":[{\"S\":\"a@b.c\"},"
          + "{\"NULL\":true}]}}},\"history\":{\"L\":[{\"N\":\"1\"},{\"BOOL\":false},"
          + "{\"L\":[{\"M\":{}}]},{\"SS\":[\"x\"]}]},\"deleted\":{\"NULL\":true},"
          + "\"active\":{\"BOOL\":true},\"text\":{\"S\":\"\\ud83d\\ude00 \\u00e9\\n\\\"q\\\" \u4e2d\"}}";

  /** GetItem with an item of every attribute type and its consumed capacity. */
  public static final String GET_ITEM =
      "{\"Item\":"
          + ITEM
          + ",\"ConsumedCapacity\":{\"TableName\":\"users\",\"CapacityUnits\":0.5,"
          + "\"ReadCapacityUnits\":0.5}}";

  /** Query: items, counts, the last evaluated key and capacity per index. */
  public static final String QUERY =
      "{\"Items\":["
          + ITEM
          + ",{\"id\":{\"S\":\"user#2\"},\"age\":{\"N\":\"7\"}}],\"Count\":2,\"ScannedCount\":5,"
          + "\"LastEvaluatedKey\":{\"id\":{\"S\":\"user#2\"},\"sk\":{\"N\":\"2\"}},"
          + "\"ConsumedCapacity\":{\"TableName\":\"users\",\"CapacityUnits\":1.5,"
          + "\"Table\":{\"CapacityUnits\":1.0},\"GlobalSecondaryIndexes\":{\"by-age\":"
          + "{\"CapacityUnits\":0.5}},\"LocalSecondaryIndexes\":{\"lsi\":{\"ReadCapacityUnits\":0}}}}";

  /** A Scan page. */
  public static final String SCAN =
      "{\"Count\":3,\"Items\":[{\"id\":{\"S\":\"a\"}},{\"id\":{\"S\":\"b\"},\"n\":{\"N\":\"1E+3\"}},"
          + "{\"id\":{\"S\":\"c\"},\"m\":{\"M\":{\"l\":{\"L\":[]}}}}],\"ScannedCount\":3,"
          + "\"LastEvaluatedKey\":{\"id\":{\"S\":\"c\"}},\"ConsumedCapacity\":"
          + "{\"TableName\":\"users\",\"CapacityUnits\":2}}";

  /** DescribeTable with indexes, streams, billing and timestamps. */
  public static final String DESCRIBE_TABLE =
      "{\"Table\":{\"TableName\":\"users\",\"TableStatus\":\"ACTIVE\",\"TableArn\":"
          + "\"arn:aws:dynamodb:us-east-1:123456789012:table/users\",\"TableId\":"
          + "\"0c3b4f1a-1c4e-4d5e-9f0a-123456789abc\",\"CreationDateTime\":1.700000000123E9,"
          + "\"ItemCount\":42,\"TableSizeBytes\":12345,\"KeySchema\":[{\"AttributeName\":\"id\","
          + "\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
          + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"},"
          + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"},{\"AttributeName\":\"age\","
          + "\"AttributeType\":\"N\"}],\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,"
          + "\"WriteCapacityUnits\":5,\"NumberOfDecreasesToday\":0,\"LastIncreaseDateTime\":"
          + "1600000000,\"LastDecreaseDateTime\":\"2024-01-01T00:00:00Z\"},\"BillingModeSummary\":"
          + "{\"BillingMode\":\"PROVISIONED\",\"LastUpdateToPayPerRequestDateTime\":1.6E9},"
          + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"by-age\",\"IndexArn\":"
          + "\"arn:aws:dynamodb:us-east-1:123456789012:table/users/index/by-age\",\"KeySchema\":"
          + "[{\"AttributeName\":\"age\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":"
          + "\"INCLUDE\",\"NonKeyAttributes\":[\"name\",\"tags\"]},\"IndexStatus\":\"ACTIVE\","
          + "\"Backfilling\":false,\"IndexSizeBytes\":0,\"ItemCount\":0,\"ProvisionedThroughput\":"
          + "{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":1,\"NumberOfDecreasesToday\":0}}],"
          + "\"LocalSecondaryIndexes\":[{\"IndexName\":\"lsi\",\"KeySchema\":[{\"AttributeName\":"
          + "\"id\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"age\",\"KeyType\":\"RANGE\"}],"
          + "\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"},\"IndexSizeBytes\":10,"
          + "\"ItemCount\":1}],\"StreamSpecification\":{\"StreamEnabled\":true,"
          + "\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"},\"LatestStreamArn\":"
          + "\"arn:aws:dynamodb:us-east-1:123456789012:table/users/stream/2024-01-01T00:00:00.000\","
          + "\"LatestStreamLabel\":\"2024-01-01T00:00:00.000\",\"SSEDescription\":{\"Status\":"
          + "\"ENABLED\",\"SSEType\":\"KMS\"},\"TableClassSummary\":{\"TableClass\":\"STANDARD\"},"
          + "\"DeletionProtectionEnabled\":false}}";

  /** BatchGetItem with responses for two tables and unprocessed keys. */
  public static final String BATCH_GET_ITEM =
      "{\"Responses\":{\"users\":["
          + ITEM
          + ",{\"id\":{\"S\":\"user#2\"}}],\"other\":[]},\"UnprocessedKeys\":{\"users\":"
          + "{\"Keys\":[{\"id\":{\"S\":\"user#3\"}},{\"id\":{\"S\":\"user#4\"}}],"
          + "\"ProjectionExpression\":\"#n, tags\",\"ExpressionAttributeNames\":{\"#n\":\"name\"},"
          + "\"ConsistentRead\":true}},\"ConsumedCapacity\":[{\"TableName\":\"users\","
          + "\"CapacityUnits\":1.5}]}";

  /** TransactWriteItems with capacity and item collection metrics. */
  public static final String TRANSACT_WRITE_ITEMS =
      "{\"ConsumedCapacity\":[{\"TableName\":\"users\",\"CapacityUnits\":4,"
          + "\"WriteCapacityUnits\":4}],\"ItemCollectionMetrics\":{\"users\":[{\"ItemCollectionKey\":"
          + "{\"id\":{\"S\":\"user#1\"}},\"SizeEstimateRangeGB\":[0,1]}]}}";

  /** A conditional check that failed, with the item as it is. */
  public static final String CONDITIONAL_CHECK_FAILED =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
          + "\"message\":\"The conditional request failed\",\"Item\":"
          + ITEM
          + "}";

  /** A cancelled transaction with a reason per action. */
  public static final String TRANSACTION_CANCELED =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
          + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific "
          + "reasons [ConditionalCheckFailed, None]\",\"CancellationReasons\":[{\"Code\":"
          + "\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\",\"Item\":"
          + ITEM
          + "},{\"Code\":\"None\"},null,{\"Code\":\"ValidationError\",\"Message\":\"bad\"}]}";

  /** Throttling, as DynamoDB names it. */
  public static final String THROTTLED =
      "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
          + "\"message\":\"The level of configured provisioned throughput for the table was "
          + "exceeded.\"}";

  /** A validation error in the coral namespace. */
  public static final String VALIDATION =
      "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":"
          + "\"1 validation error detected: Value null at 'tableName' failed to satisfy "
          + "constraint: Member must not be null\"}";

  /** PutItem with the old item. */
  public static final String PUT_ITEM =
      "{\"Attributes\":"
          + ITEM
          + ",\"ConsumedCapacity\":{\"TableName\":\"users\",\"CapacityUnits\":1}}";

  /** ListTables with a next page. */
  public static final String LIST_TABLES =
      "{\"TableNames\":[\"users\",\"orders\",\"\u00fcml\u00e4ut\"],\"LastEvaluatedTableName\":\"orders\"}";

  /** Every body of the corpus. */
  public static final List<String> CORPUS =
      List.of(
          GET_ITEM,
          QUERY,
          SCAN,
          DESCRIBE_TABLE,
          BATCH_GET_ITEM,
          TRANSACT_WRITE_ITEMS,
          CONDITIONAL_CHECK_FAILED,
          TRANSACTION_CANCELED,
          THROTTLED,
          VALIDATION,
          PUT_ITEM,
          LIST_TABLES);

  /** Bodies that are not JSON objects, or not JSON at all. */
  private static final String[] ODD_BODIES = {
    "",
    " ",
    "\r\n\t ",
    "{}",
    "[]",
    "null",
    "true",
    "0",
    "-0",
    "\"Item\"",
    "{\"Item\":null}",
    "{\"Items\":null,\"Count\":null}",
    "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
    "<?xml version=\"1.0\"?><Error><Code>InternalFailure</Code><Message>x</Message></Error>",
    "Service Unavailable",
    "{\"__type\":\"\"}",
    "{\"__type\":\"#\",\"message\":null}",
    "{\"__type\":null,\"code\":{},\"message\":[]}",
    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#\"}",
    "{\"message\":\"no type\"}",
    "\ufeff{}",
    "{} {}",
    "{}]",
    "{/* comment */}",
    "{'Item':{}}",
    "{\"Item\":{\"id\":{\"S\":\"a\"}}",
    "\u0000",
  };

  private static final String[] TAGS = {"S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"};

  private static final String[] ODD_TAGS = {
    "FUTURE", "s", "", "SSS", "Z", "\\u0000", "N ", " S", "nul", "Bool", "MM", "\\u0053", "S\\u0000"
  };

  private static final String[] ODD_NUMBERS = {
    "1e999999999",
    "-1e999999999",
    "1E+2147483648",
    "1e-2147483649",
    "-0",
    "-0.0",
    "0e0",
    "1.5e-400",
    "4.9e-324",
    "1.7976931348623157e309",
    "1234567890123456789012345678901234567890",
    "-1234567890123456789012345678901234567890.5",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "2147483648",
    "0.000000000000000000000000000000000000001",
    "1E-130",
    "9.9999999999999999999999999999999999999E+125",
    "1E+126",
    "NaN",
    "Infinity",
    "-Infinity",
    "0x1F",
    "00012",
    "1.",
    ".5",
    "+1",
    "--1",
    "1e",
    "1e+",
    "-",
  };

  private static final String[] OTHER_VALUES = {
    "0",
    "-1",
    "1.5",
    "true",
    "false",
    "null",
    "{}",
    "[]",
    "\"\"",
    "[null]",
    "{\"S\":\"x\"}",
    "{\"N\":\"1\"}",
    "[{\"S\":\"x\"}]",
    "{\"\":{}}",
    "[[]]",
    "\"\\u0000\"",
    "1e999999999",
  };

  /** Field names DynamoDB responses and attribute values use. */
  private static final String[] NAMES = {
    "Item",
    "Items",
    "Count",
    "ScannedCount",
    "LastEvaluatedKey",
    "ConsumedCapacity",
    "Table",
    "TableDescription",
    "TableName",
    "TableStatus",
    "CreationDateTime",
    "ItemCount",
    "KeySchema",
    "Responses",
    "UnprocessedKeys",
    "UnprocessedItems",
    "Keys",
    "CancellationReasons",
    "Code",
    "Message",
    "message",
    "__type",
    "code",
    "Attributes",
    "CapacityUnits",
    "TableNames",
    "LastEvaluatedTableName",
    "GlobalSecondaryIndexes",
    "ItemCollectionMetrics",
    "S",
    "N",
    "B",
    "SS",
    "NS",
    "BS",
    "M",
    "L",
    "NULL",
    "BOOL",
    "id",
    "",
  };

  /**
   * Attribute names (after a distinct digit): few, because Jackson's shared table of names copies
   * itself whenever a parse meets a name it does not hold yet, which would make every random name
   * cost as much as the rest of its case.
   */
  private static final String[] ATTRIBUTE_NAMES = {
    "", "id", "name", "n", "a b", "\\u00e9t\\u00e9", "\u4e2d", "\\\\", "\\\"", "#x", ":v",
  };

  private static final String[] CHARS = {
    "a",
    "Z",
    "0",
    " ",
    "\\\"",
    "\\\\",
    "\\/",
    "\\n",
    "\\t",
    "\\u0000",
    "\\u001f",
    "\\u00e9",
    "\\ud83d\\ude00",
    "\\ud800",
    "\\udc00",
    "\\ud800\\u0041",
    "\u00e9",
    "\u4e2d",
    "\ud83d\ude00",
    "\u2028",
    "#",
    ":",
    "{",
    "]",
    "'",
  };

  private static final byte[][] BAD_UTF8 = {
    {(byte) 0x80},
    {(byte) 0xBF},
    {(byte) 0xC0, (byte) 0x80},
    {(byte) 0xC1, (byte) 0xBF},
    {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xFE},
    {(byte) 0xFF},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {0},
    {0x1B, '[', '0', 'm'},
  };

  private static final String[] ESCAPES = {
    "\\ud800",
    "\\udfff",
    "\\ud800\\ud800",
    "\\udc00\\ud800",
    "\\ud83d",
    "\\u12",
    "\\u",
    "\\x41",
    "\\'",
    "\\U0041",
    "\\uZZZZ",
    "\\",
    "\\\\\\",
  };

  private static final Charset[] ENCODINGS = {
    StandardCharsets.UTF_16BE,
    StandardCharsets.UTF_16LE,
    StandardCharsets.UTF_16,
    Charset.forName("UTF-32BE"),
    Charset.forName("UTF-32LE"),
  };

  private Fuzz() {}

  // ---- seeds and replay ----------------------------------------------------------------------

  /** The run's seed: {@value #SEED_PROPERTY} if set, else {@code fallback}. */
  public static long seed(long fallback) {
    String text = System.getProperty(SEED_PROPERTY);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    text = text.trim();
    return text.startsWith("0x") || text.startsWith("0X")
        ? Long.parseUnsignedLong(text.substring(2), 16)
        : Long.parseLong(text);
  }

  /** The only case to run ({@value #CASE_PROPERTY}), or -1 to run them all. */
  public static long onlyCase() {
    return Long.getLong(CASE_PROPERTY, -1L);
  }

  /** The random source of case {@code index} of the run with {@code seed}. */
  public static SplittableRandom random(long seed, long index) {
    return new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
  }

  /** Names the case and how to run it again, for a failure message. */
  public static String replay(long seed, long index) {
    String hex = "0x" + Long.toHexString(seed);
    return "seed "
        + hex
        + ", case "
        + index
        + " (replay: -D"
        + SEED_PROPERTY
        + "="
        + hex
        + " -D"
        + CASE_PROPERTY
        + "="
        + index
        + ")";
  }

  /** A body shortened and escaped for a failure message. */
  public static String show(byte[] body) {
    int limit = 300;
    StringBuilder out = new StringBuilder(limit + 60);
    out.append(body.length).append(" bytes: ");
    int n = Math.min(body.length, limit);
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '\\') {
        out.append((char) b);
      } else {
        out.append(String.format("\\x%02x", b));
      }
    }
    if (body.length > limit) {
      out.append("... (").append(body.length - limit).append(" more)");
    }
    return out.toString();
  }

  // ---- bodies --------------------------------------------------------------------------------

  /**
   * A body for one case: mostly one of {@code seeds} with one to four mutations, sometimes a seed
   * as it is, random JSON, random bytes, a deeply nested body or a body that is not JSON.
   */
  public static byte[] body(SplittableRandom r, String... seeds) {
    int pick = r.nextInt(100);
    String seed = seeds[r.nextInt(seeds.length)];
    if (pick < 4) {
      return utf8(seed);
    }
    if (pick < 7) {
      return utf8(ODD_BODIES[r.nextInt(ODD_BODIES.length)]);
    }
    if (pick < 14) {
      return capped(utf8(randomJson(r, 0)));
    }
    if (pick < 17) {
      byte[] bytes = new byte[sizeUpTo(r, 4096)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) r.nextInt(256);
      }
      return bytes;
    }
    if (pick < 20) {
      return nested(r);
    }
    if (pick < 24) {
      return capped(utf8(withRandomItem(r, seed)));
    }
    byte[] body = utf8(seed);
    int mutations = 1 + r.nextInt(r.nextBoolean() ? 1 : 4);
    for (int i = 0; i < mutations; i++) {
      body = mutate(r, body, seeds);
    }
    return body;
  }

  /** {@code body} with one random mutation, at most {@value #MAX_BODY_BYTES} bytes long. */
  public static byte[] mutate(SplittableRandom r, byte[] body, String... others) {
    byte[] out =
        switch (r.nextInt(20)) {
          case 0 -> flipBits(r, body);
          case 1 -> setByte(r, body);
          case 2 -> truncate(r, body);
          case 3 -> insert(r, body, randomBytes(r, 1 + r.nextInt(16)));
          case 4 -> insert(r, body, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
          case 5 -> insert(r, body, utf8(ESCAPES[r.nextInt(ESCAPES.length)]));
          case 6 -> deleteSpan(r, body);
          case 7 -> duplicateSpan(r, body);
          case 8 -> replaceNumber(r, body);
          case 9 -> replaceString(r, body, OTHER_VALUES[r.nextInt(OTHER_VALUES.length)]);
          case 10 -> nestAt(r, body);
          case 11 -> swapTag(r, body);
          case 12 -> duplicateKey(r, body);
          case 13 -> replaceString(r, body, hugeString(r, MAX_BODY_BYTES - body.length));
          case 14 -> reencode(r, body);
          case 15 -> splice(r, body, utf8(others[r.nextInt(others.length)]));
          case 16 -> swapStructure(r, body);
          case 17 -> insert(r, body, utf8(randomJson(r, 3)));
          case 18 -> replaceString(r, body, randomValue(r, 0));
          default -> body.length == 0 ? body : new byte[0];
        };
    out = capped(out);
    // mutations that add nesting, stacked or duplicated, stay within the cap
    return nesting(out) > MAX_NESTING ? body : out;
  }

  /** Random JSON from a grammar of DynamoDB's names, attribute values and odd scalars. */
  public static String randomJson(SplittableRandom r, int depth) {
    StringBuilder out = new StringBuilder();
    json(r, depth, out);
    return out.toString();
  }

  /** A random attribute value, valid as DynamoDB JSON unless by chance. */
  public static String randomValue(SplittableRandom r, int depth) {
    StringBuilder out = new StringBuilder();
    value(r, depth, out);
    return out.toString();
  }

  /** A random item of attribute values. */
  public static String randomItem(SplittableRandom r, int depth) {
    StringBuilder out = new StringBuilder();
    item(r, depth, out);
    return out.toString();
  }

  // ---- generation ----------------------------------------------------------------------------

  /** {@code seed} with every item in it replaced by a random one (the first, at least). */
  private static String withRandomItem(SplittableRandom r, String seed) {
    int at = seed.indexOf(ITEM);
    if (at < 0) {
      return seed;
    }
    return seed.substring(0, at) + randomItem(r, 0) + seed.substring(at + ITEM.length());
  }

  private static void json(SplittableRandom r, int depth, StringBuilder out) {
    int kind = depth > 6 ? 4 + r.nextInt(5) : r.nextInt(10);
    switch (kind) {
      case 0, 1 -> {
        out.append('{');
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            out.append(',');
          }
          string(r, NAMES[r.nextInt(NAMES.length)], out);
          out.append(':');
          json(r, depth + 1, out);
        }
        out.append('}');
      }
      case 2 -> {
        out.append('[');
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            out.append(',');
          }
          json(r, depth + 1, out);
        }
        out.append(']');
      }
      case 3 -> value(r, depth, out);
      case 4 -> string(r, randomText(r, 12), out);
      case 5 -> out.append(number(r));
      case 6 -> out.append(r.nextBoolean() ? "true" : "false");
      case 7 -> out.append("null");
      case 8 -> item(r, depth, out);
      default -> string(r, NAMES[r.nextInt(NAMES.length)], out);
    }
  }

  private static void item(SplittableRandom r, int depth, StringBuilder out) {
    out.append('{');
    int n = r.nextInt(depth == 0 ? 8 : 4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      string(r, i + ATTRIBUTE_NAMES[r.nextInt(ATTRIBUTE_NAMES.length)], out);
      out.append(':');
      value(r, depth + 1, out);
    }
    out.append('}');
  }

  private static void value(SplittableRandom r, int depth, StringBuilder out) {
    String tag = TAGS[r.nextInt(depth > 5 ? 6 : TAGS.length)];
    out.append("{\"").append(tag).append("\":");
    switch (tag) {
      case "S" -> string(r, randomText(r, 20), out);
      case "N" -> out.append('"').append(number(r)).append('"');
      case "B" -> out.append('"').append(base64(r)).append('"');
      case "SS", "NS", "BS" -> {
        out.append('[');
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            out.append(',');
          }
          out.append('"');
          if (tag.equals("SS")) {
            out.append(i).append(randomText(r, 6));
          } else if (tag.equals("NS")) {
            out.append(i).append(r.nextInt(10) == 0 ? "e2" : "");
          } else {
            out.append(base64(r, i));
          }
          out.append('"');
        }
        out.append(']');
      }
      case "M" -> item(r, depth + 1, out);
      case "L" -> {
        out.append('[');
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            out.append(',');
          }
          value(r, depth + 1, out);
        }
        out.append(']');
      }
      case "NULL" -> out.append("true");
      default -> out.append(r.nextBoolean() ? "true" : "false");
    }
    out.append('}');
  }

  private static String number(SplittableRandom r) {
    switch (r.nextInt(5)) {
      case 0:
        return ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)];
      case 1:
        return Long.toString(r.nextLong());
      case 2:
        return r.nextInt(1000)
            + "."
            + r.nextInt(1000)
            + (r.nextBoolean() ? "E" + r.nextInt(-9, 9) : "");
      default:
        return Integer.toString(r.nextInt(-100, 100_000));
    }
  }

  private static String base64(SplittableRandom r) {
    byte[] raw = randomBytes(r, r.nextInt(12));
    return java.util.Base64.getEncoder().encodeToString(raw);
  }

  private static String base64(SplittableRandom r, int distinct) {
    byte[] raw = randomBytes(r, 1 + r.nextInt(6));
    raw[0] = (byte) distinct;
    return java.util.Base64.getEncoder().encodeToString(raw);
  }

  /** JSON string content (escaped already) of up to {@code max} pieces. */
  private static String randomText(SplittableRandom r, int max) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      s.append(
          r.nextInt(3) == 0
              ? CHARS[r.nextInt(CHARS.length)]
              : String.valueOf((char) ('a' + r.nextInt(26))));
    }
    return s.toString();
  }

  private static void string(SplittableRandom r, String content, StringBuilder out) {
    out.append('"').append(content).append('"');
  }

  /** A string literal of about {@code room} bytes at most (a few KiB mostly). */
  private static String hugeString(SplittableRandom r, int room) {
    int n = Math.max(0, Math.min(sizeUpTo(r, MAX_BODY_BYTES), room - 2));
    String piece = r.nextBoolean() ? "x" : CHARS[r.nextInt(CHARS.length)];
    StringBuilder s = new StringBuilder(n + 2).append('"');
    while (s.length() + piece.length() < n + 1) {
      s.append(piece);
    }
    return s.append('"').toString();
  }

  /** A body nested up to {@value #MAX_NESTING} levels deep, closed or not. */
  private static byte[] nested(SplittableRandom r) {
    String[] wrappers = {
      "{\"Item\":{\"a\":", "{\"Items\":[{\"a\":", "{\"Item\":", "", "{\"Responses\":{\"t\":["
    };
    String prefix = wrappers[r.nextInt(wrappers.length)];
    return capped(utf8(prefix + nesting(r, depth(r))));
  }

  /**
   * Nesting of one kind to about {@code levels} levels of JSON, with a value inside and closed
   * (mostly).
   */
  private static String nesting(SplittableRandom r, int levels) {
    String[][] kinds = {
      {"[", "]"},
      {"{\"a\":", "}"},
      {"{\"M\":{\"a\":", "}}"},
      {"{\"L\":[", "]}"},
      {"{\"M\":", "}"},
      {"{\"FUTURE\":[", "]}"},
      {"{\"SS\":[", "]}"},
    };
    String[] kind = kinds[r.nextInt(kinds.length)];
    int repeats = Math.max(1, levels / kind[1].length());
    StringBuilder s = new StringBuilder(repeats * (kind[0].length() + kind[1].length()) + 16);
    s.append(kind[0].repeat(repeats));
    s.append(r.nextBoolean() ? "{\"S\":\"x\"}" : "1");
    if (r.nextInt(4) != 0) {
      s.append(kind[1].repeat(repeats));
    }
    return s.toString();
  }

  /** A nesting depth: around DynamoDB's and this client's limits, or anything up to the cap. */
  private static int depth(SplittableRandom r) {
    int[] edges = {31, 32, 33, 64, 65, 66, 255, 256, 257, 258, 264, 512, 513, 514, 527, 528, 529};
    int most = MAX_NESTING - 8; // room for the levels around it
    return r.nextBoolean() ? edges[r.nextInt(edges.length)] : 1 + r.nextInt(most);
  }

  // ---- mutations -----------------------------------------------------------------------------

  private static byte[] flipBits(SplittableRandom r, byte[] body) {
    if (body.length == 0) {
      return randomBytes(r, 1);
    }
    byte[] out = body.clone();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
    }
    return out;
  }

  private static byte[] setByte(SplittableRandom r, byte[] body) {
    if (body.length == 0) {
      return randomBytes(r, 1);
    }
    byte[] interesting = {
      0, 0x7F, (byte) 0x80, (byte) 0xFF, '"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', '0'
    };
    byte[] out = body.clone();
    out[r.nextInt(out.length)] = interesting[r.nextInt(interesting.length)];
    return out;
  }

  private static byte[] truncate(SplittableRandom r, byte[] body) {
    if (body.length == 0) {
      return body;
    }
    byte[] out = new byte[r.nextInt(body.length)];
    System.arraycopy(body, 0, out, 0, out.length);
    return out;
  }

  private static byte[] insert(SplittableRandom r, byte[] body, byte[] piece) {
    return replace(body, r.nextInt(body.length + 1), 0, piece);
  }

  private static byte[] deleteSpan(SplittableRandom r, byte[] body) {
    if (body.length == 0) {
      return body;
    }
    int at = r.nextInt(body.length);
    return replace(body, at, 1 + r.nextInt(Math.min(64, body.length - at)), new byte[0]);
  }

  private static byte[] duplicateSpan(SplittableRandom r, byte[] body) {
    if (body.length == 0) {
      return body;
    }
    int from = r.nextInt(body.length);
    int length = 1 + r.nextInt(Math.min(1024, body.length - from));
    byte[] span = new byte[length];
    System.arraycopy(body, from, span, 0, length);
    return replace(body, r.nextBoolean() ? from + length : r.nextInt(body.length + 1), 0, span);
  }

  /** A run of number characters (in a string or not) replaced by an odd number. */
  private static byte[] replaceNumber(SplittableRandom r, byte[] body) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < body.length) {
      if ((body[i] >= '0' && body[i] <= '9') || body[i] == '-') {
        int start = i;
        while (i < body.length && isNumberByte(body[i])) {
          i++;
        }
        runs.add(new int[] {start, i});
      } else {
        i++;
      }
    }
    if (runs.isEmpty()) {
      return insert(r, body, utf8(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]));
    }
    int[] run = runs.get(r.nextInt(runs.size()));
    String number =
        r.nextInt(8) == 0
            ? "9".repeat(900 + r.nextInt(200))
            : ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)];
    return replace(body, run[0], run[1] - run[0], utf8(number));
  }

  private static boolean isNumberByte(byte b) {
    return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
  }

  /** A string literal (a name or a value) replaced by {@code text}. */
  private static byte[] replaceString(SplittableRandom r, byte[] body, String text) {
    int[] string = someString(r, body);
    if (string == null) {
      return insert(r, body, utf8(text));
    }
    return replace(body, string[0], string[1] - string[0], utf8(text));
  }

  /** The start and end (past the closing quote) of a random string literal, or null. */
  private static int[] someString(SplittableRandom r, byte[] body) {
    List<int[]> strings = new ArrayList<>();
    int i = 0;
    while (i < body.length && strings.size() < 4096) {
      if (body[i] == '"') {
        int start = i++;
        while (i < body.length && body[i] != '"') {
          i += body[i] == '\\' ? 2 : 1;
        }
        if (i < body.length) {
          strings.add(new int[] {start, i + 1});
        }
      }
      i++;
    }
    return strings.isEmpty() ? null : strings.get(r.nextInt(strings.size()));
  }

  /** Deep nesting inserted where a value starts (after a colon or bracket). */
  private static byte[] nestAt(SplittableRandom r, byte[] body) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < body.length && starts.size() < 4096; i++) {
      if (body[i] == ':' || body[i] == '[') {
        starts.add(i + 1);
      }
    }
    int at = starts.isEmpty() ? 0 : starts.get(r.nextInt(starts.size()));
    String nest = nesting(r, depth(r));
    // a value was there: keep it after the nesting as a second value, or replace it
    return replace(body, at, 0, utf8(nest + (r.nextBoolean() ? "," : "")));
  }

  /** A type tag such as {@code {"S":} replaced by another tag or an unknown one. */
  private static byte[] swapTag(SplittableRandom r, byte[] body) {
    List<int[]> tags = new ArrayList<>();
    for (int i = 0; i + 3 < body.length && tags.size() < 4096; i++) {
      if (body[i] == '{' && body[i + 1] == '"') {
        int end = i + 2;
        while (end < body.length && end < i + 8 && body[end] != '"') {
          end++;
        }
        if (end < body.length
            && body[end] == '"'
            && end + 1 < body.length
            && body[end + 1] == ':') {
          String tag = new String(body, i + 2, end - i - 2, StandardCharsets.UTF_8);
          for (String known : TAGS) {
            if (known.equals(tag)) {
              tags.add(new int[] {i + 2, end});
            }
          }
        }
      }
    }
    String replacement =
        r.nextInt(3) == 0 ? ODD_TAGS[r.nextInt(ODD_TAGS.length)] : TAGS[r.nextInt(TAGS.length)];
    if (tags.isEmpty()) {
      return insert(r, body, utf8("{\"" + replacement + "\":"));
    }
    int[] tag = tags.get(r.nextInt(tags.size()));
    return replace(body, tag[0], tag[1] - tag[0], utf8(replacement));
  }

  /** A member {@code "name":} preceded by a copy of the name with another value. */
  private static byte[] duplicateKey(SplittableRandom r, byte[] body) {
    List<int[]> names = new ArrayList<>();
    for (int i = 0; i < body.length && names.size() < 4096; i++) {
      if ((body[i] == '{' || body[i] == ',') && i + 1 < body.length && body[i + 1] == '"') {
        int end = i + 2;
        while (end < body.length && body[end] != '"') {
          end += body[end] == '\\' ? 2 : 1;
        }
        if (end + 1 < body.length && body[end + 1] == ':') {
          names.add(new int[] {i + 1, end + 2});
        }
      }
    }
    if (names.isEmpty()) {
      return insert(r, body, utf8("\"a\":1,\"a\":2"));
    }
    int[] name = names.get(r.nextInt(names.size()));
    byte[] member = new byte[name[1] - name[0]];
    System.arraycopy(body, name[0], member, 0, member.length);
    String value =
        r.nextBoolean() ? randomValue(r, 4) : OTHER_VALUES[r.nextInt(OTHER_VALUES.length)];
    byte[] copy = concat(member, utf8(value + ","));
    return replace(body, name[0], 0, copy);
  }

  /** The body in UTF-16 or UTF-32, or behind a byte order mark. */
  private static byte[] reencode(SplittableRandom r, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return switch (r.nextInt(3)) {
      case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
      case 1 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, body);
      default -> text.getBytes(ENCODINGS[r.nextInt(ENCODINGS.length)]);
    };
  }

  /** The start of {@code body} followed by the end of {@code other}. */
  private static byte[] splice(SplittableRandom r, byte[] body, byte[] other) {
    int cut = r.nextInt(body.length + 1);
    int from = r.nextInt(other.length + 1);
    byte[] out = new byte[cut + other.length - from];
    System.arraycopy(body, 0, out, 0, cut);
    System.arraycopy(other, from, out, cut, other.length - from);
    return out;
  }

  /** A bracket, brace, colon, comma or quote swapped for another. */
  private static byte[] swapStructure(SplittableRandom r, byte[] body) {
    byte[] structural = {'{', '}', '[', ']', ':', ',', '"'};
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < body.length && at.size() < 4096; i++) {
      for (byte s : structural) {
        if (body[i] == s) {
          at.add(i);
          break;
        }
      }
    }
    if (at.isEmpty()) {
      return setByte(r, body);
    }
    byte[] out = body.clone();
    int i = at.get(r.nextInt(at.size()));
    out[i] = structural[r.nextInt(structural.length)];
    return out;
  }

  // ---- bytes ---------------------------------------------------------------------------------

  private static byte[] replace(byte[] body, int at, int length, byte[] piece) {
    byte[] out = new byte[body.length - length + piece.length];
    System.arraycopy(body, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(body, at + length, out, at + piece.length, body.length - at - length);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return replace(b, 0, 0, a);
  }

  private static byte[] randomBytes(SplittableRandom r, int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) r.nextInt(256);
    }
    return bytes;
  }

  /** A size up to {@code max}, spread evenly over its orders of magnitude. */
  private static int sizeUpTo(SplittableRandom r, int max) {
    int bits = 32 - Integer.numberOfLeadingZeros(max);
    return Math.min(max, r.nextInt(1 << r.nextInt(bits + 1)));
  }

  /** The deepest nesting of brackets and braces outside string literals. */
  static int nesting(byte[] body) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == '}' || b == ']') {
        depth = Math.max(0, depth - 1);
      }
    }
    return deepest;
  }

  private static byte[] capped(byte[] body) {
    if (body.length <= MAX_BODY_BYTES) {
      return body;
    }
    byte[] out = new byte[MAX_BODY_BYTES];
    System.arraycopy(body, 0, out, 0, out.length);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
