package io.dynamo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.dynamo.api.model.GetItemResponse;
import io.dynamo.api.model.QueryResponse;
import org.junit.jupiter.api.Test;

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
  void loopbackBenchmarkRunsAndBothSidesSendTheSame() throws Exception {
    LoopbackBenchmark b = new LoopbackBenchmark();
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
