package io.dynamo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every call of the synchronous client, generated or written by hand, has its twin on the
 * asynchronous one, with the same parameters: a future for a value, a publisher for a stream.
 * (Reflection, in a test only.)
 */
class AsyncParityTest {
  /** What only the synchronous side has, and why. */
  private static final Set<String> SYNC_ONLY =
      Set.of(
          "async", // the way to the asynchronous client itself
          "close", // the asynchronous client shares the synchronous one's transport
          "attempt", // a future already holds the error as a value: handle((v, e) -> ...)
          "region", // configuration: sync().region() and the like
          "callTimeout",
          "retryPolicy");

  /** Where the asynchronous twin returns something else than a future or a publisher. */
  private static final Map<Class<?>, Class<?>> TWINS =
      Map.of(
          DynamoClient.class, DynamoAsyncClient.class,
          Table.class, AsyncTable.class,
          TableIndex.class, AsyncTableIndex.class,
          TableTransaction.class, TableTransaction.class,
          io.dynamo.codec.CodecRegistry.class, io.dynamo.codec.CodecRegistry.class);

  private static boolean callable(Method m) {
    return Modifier.isPublic(m.getModifiers())
        && !Modifier.isStatic(m.getModifiers())
        && m.getDeclaringClass() != Object.class
        && !m.isSynthetic();
  }

  private static void assertTwins(Class<?> sync, Class<?> async, Set<String> syncOnly) {
    List<String> missing = new ArrayList<>();
    for (Method m : sync.getMethods()) {
      if (!callable(m) || syncOnly.contains(m.getName())) {
        continue;
      }
      Method twin;
      try {
        twin = async.getMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(m.getName() + Arrays.toString(m.getParameterTypes()));
        continue;
      }
      Class<?> expected =
          TWINS.containsKey(m.getReturnType())
              ? TWINS.get(m.getReturnType())
              : Stream.class.isAssignableFrom(m.getReturnType())
                  ? Flow.Publisher.class
                  : CompletableFuture.class;
      if (Set.of("toString", "name", "codec", "item").contains(m.getName())) {
        expected = m.getReturnType(); // no call behind them
      }
      if (!expected.isAssignableFrom(twin.getReturnType())) {
        missing.add(m.getName() + " returns " + twin.getReturnType().getSimpleName());
      }
    }
    assertEquals(List.of(), missing, async.getSimpleName() + " lacks twins of " + sync);
  }

  @Test
  void theAsynchronousClientHasEveryCallOfTheSynchronousOne() {
    assertTwins(DynamoClient.class, DynamoAsyncClient.class, SYNC_ONLY);
  }

  @Test
  void anAsyncTableHasEveryCallOfATable() {
    assertTwins(Table.class, AsyncTable.class, Set.of());
  }

  @Test
  void anAsyncTableIndexHasEveryCallOfATableIndex() {
    assertTwins(TableIndex.class, AsyncTableIndex.class, Set.of());
  }

  @Test
  void theGeneratedWaitersAndItemPublishersAreThereBothWays() {
    int waiters = 0;
    int publishers = 0;
    for (Method m : DynamoAsyncOperations.class.getMethods()) {
      if (m.getName().startsWith("waitUntil")) {
        waiters++;
        assertTrue(CompletableFuture.class.isAssignableFrom(m.getReturnType()), m.toString());
      }
      if (m.getName().endsWith("All")) {
        publishers++;
        assertEquals(Flow.Publisher.class, m.getReturnType(), m.toString());
      }
    }
    assertEquals(8, waiters, "4 waiters of the model, with and without a timeout");
    assertEquals(10, publishers, "as many as the paged operations");
  }
}
