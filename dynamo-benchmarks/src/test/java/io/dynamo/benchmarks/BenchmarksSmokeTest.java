package io.dynamo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.QueryResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark method once, with the set-ups' checks that both clients send the same JSON
 * and read the same items. No measuring: that is for JMH.
 */
class BenchmarksSmokeTest {

  @Test
  void clientBenchmarkRunsAndBothSidesAgree() {
    ClientBenchmark b = new ClientBenchmark();
    b.setUp();
    try {
      assertEquals("Ivan Petrov", ((GetItemResponse) b.oursGetItem()).item().getString("name"));
      assertNotNull(b.sdkGetItem());
      assertNotNull(b.oursPutItem());
      assertNotNull(b.sdkPutItem());
      assertEquals(Fixtures.PAGE_SIZE, ((QueryResponse) b.oursQuery()).items().size());
      assertEquals(
          Fixtures.PAGE_SIZE,
          ((software.amazon.awssdk.services.dynamodb.model.QueryResponse) b.sdkQuery())
              .items()
              .size());
    } finally {
      b.tearDown();
    }
  }

  @Test
  void validationBenchmarkRunsWithValidationOnAndOff() {
    ValidationBenchmark b = new ValidationBenchmark();
    b.setUp();
    try {
      assertEquals("Ivan Petrov", ((GetItemResponse) b.plainGetItem()).item().getString("name"));
      assertEquals(
          "Ivan Petrov", ((GetItemResponse) b.validatedGetItem()).item().getString("name"));
      assertNotNull(b.plainPutItem());
      assertNotNull(b.validatedPutItem());
      assertEquals(Fixtures.PAGE_SIZE, ((QueryResponse) b.plainQuery()).items().size());
      assertEquals(Fixtures.PAGE_SIZE, ((QueryResponse) b.validatedQuery()).items().size());
    } finally {
      b.tearDown();
    }
  }

  @Test
  void mapperBenchmarkRunsAndItsFourSidesAgree() {
    MapperBenchmark b = new MapperBenchmark();
    b.setUp(); // checks that the four sides read the same values
    try {
      assertEquals("Ivan Petrov", b.oursGetItem().name());
      assertEquals(b.oursGetItem(), b.itemGetItem());
      assertEquals("Ivan Petrov", b.sdkGetItem().getName());
      assertNotNull(b.oursPutItem());
      assertNotNull(b.itemPutItem());
      assertNotNull(b.plainPutItem());
      assertNotNull(b.sdkPutItem());
      assertEquals(Fixtures.PAGE_SIZE, b.oursQuery().items().size());
      assertEquals(b.oursQuery().items(), b.itemQuery().items());
      assertEquals(Fixtures.PAGE_SIZE, b.sdkQuery().items().size());
      assertNotNull(b.plainQuery());
    } finally {
      b.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdk", "apache", "apache4", "vertx"})
  void loopbackBenchmarkRunsAndBothSidesSendTheSame(String stack) throws Exception {
    LoopbackBenchmark b = new LoopbackBenchmark();
    b.stack = stack;
    b.setUp();
    try {
      assertEquals("Ivan Petrov", ((GetItemResponse) b.oursGetItem()).item().getString("name"));
      assertNotNull(b.sdkGetItem());
      assertNotNull(b.oursPutItem());
      assertNotNull(b.sdkPutItem());
      assertEquals(Fixtures.PAGE_SIZE, ((QueryResponse) b.oursQuery()).items().size());
      assertNotNull(b.sdkQuery());
    } finally {
      b.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdk", "apache", "vertx"})
  void transportColdStartReadsTheItemOnBothSides(String stack) throws Exception {
    String before = System.getProperty("io.dynamo.transport");
    TransportColdStartBenchmark b = new TransportColdStartBenchmark();
    b.stack = stack;
    b.setUp();
    try {
      assertEquals("Ivan Petrov", b.ours());
      b.tearDown();
      b.setUp();
      assertEquals("Ivan Petrov", b.sdk());
    } finally {
      b.tearDown();
      if (before == null) {
        System.clearProperty("io.dynamo.transport");
      } else {
        System.setProperty("io.dynamo.transport", before);
      }
    }
  }

  @Test
  void httpFloorBenchmarkGetsTheCannedResponseEveryWay() throws Exception {
    HttpFloorBenchmark b = new HttpFloorBenchmark();
    b.setUp();
    try {
      int length = Fixtures.GET_ITEM_RESPONSE.length;
      assertEquals(length, b.rawSocket());
      assertEquals(length, b.jdkHttpClientSend().length);
      assertEquals(length, b.jdkHttpClientSendAsyncGet().length);
      assertEquals(length, b.transportJdkExecute().length);
      assertEquals(length, b.urlConnectionBuffered().length);
      assertEquals(length, b.urlConnectionStreaming().length);
      assertEquals(length, b.sdkUrlConnectionClient().length);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void coldStartReadsTheItemOnBothSides() {
    ColdStartBenchmark b = new ColdStartBenchmark();
    b.setUp();
    assertEquals("Ivan Petrov", b.ours());
    assertEquals("Ivan Petrov", b.sdk());
  }
}
