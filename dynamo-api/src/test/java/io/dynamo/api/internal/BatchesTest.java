package io.dynamo.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.api.call.BatchIncompleteException;
import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchGetItemResponse;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.BatchWriteItemResponse;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {
  private final List<Integer> pauses = new ArrayList<>();
  private final Batches.Backoff recordPauses =
      stalled -> {
        pauses.add(stalled);
        return stalled < Batches.MAX_STALLED_ROUNDS;
      };

  private static List<Key> keys(int n) {
    return IntStream.range(0, n).mapToObj(i -> Key.of("id", i)).collect(Collectors.toList());
  }

  @Test
  void readsAnyNumberOfKeysInRequestsOfAtMostOneHundred() {
    List<Integer> sizes = new ArrayList<>();
    Map<String, List<Item>> found =
        Batches.getAll(
            Map.of("things", keys(250)),
            request -> {
              List<Key> asked = request.requestItems().get("things").keys();
              sizes.add(asked.size());
              List<Item> items =
                  asked.stream().map(k -> Item.from(k.attributes())).collect(Collectors.toList());
              return new BatchGetItemResponse(Map.of("things", items), Map.of(), List.of());
            },
            recordPauses);
    assertEquals(List.of(100, 100, 50), sizes);
    assertEquals(250, found.get("things").size());
    assertTrue(pauses.isEmpty());
  }

  @Test
  void asksAgainForUnprocessedKeysFirstAndDropsDuplicates() {
    List<List<Key>> asked = new ArrayList<>();
    List<Key> input = new ArrayList<>(keys(3));
    input.add(Key.of("id", 0));
    Map<String, List<Item>> found =
        Batches.getAll(
            Map.of("things", input),
            request -> {
              List<Key> keys = request.requestItems().get("things").keys();
              asked.add(keys);
              if (asked.size() == 1) { // first answer: only the first key, two unprocessed
                return new BatchGetItemResponse(
                    Map.of("things", List.of(Item.from(keys.get(0).attributes()))),
                    Map.of("things", KeysAndAttributes.of(keys.get(1), keys.get(2))),
                    List.of());
              }
              return new BatchGetItemResponse(
                  Map.of(
                      "things",
                      keys.stream()
                          .map(k -> Item.from(k.attributes()))
                          .collect(Collectors.toList())),
                  Map.of(),
                  List.of());
            },
            recordPauses);
    assertEquals(3, asked.get(0).size());
    assertEquals(List.of(Key.of("id", 1), Key.of("id", 2)), asked.get(1));
    assertEquals(3, found.get("things").size());
    assertEquals(List.of(0), pauses); // progress was made: no backoff growth
  }

  @Test
  void givesUpWithWhatIsLeftAfterTenStalledRounds() {
    BatchIncompleteException e =
        assertThrows(
            BatchIncompleteException.class,
            () ->
                Batches.getAll(
                    Map.of("things", keys(5)),
                    request ->
                        new BatchGetItemResponse(
                            Map.of(),
                            Map.of("things", request.requestItems().get("things")),
                            List.of()),
                    recordPauses));
    assertEquals(Set.copyOf(keys(5)), new HashSet<>(e.unprocessedKeys().get("things")));
    assertEquals(IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList()), pauses);
  }

  @Test
  void writesInRequestsOfAtMostTwentyFiveAcrossTables() {
    List<Integer> sizes = new ArrayList<>();
    Map<String, List<WriteRequest>> writes = new LinkedHashMap<>();
    writes.put(
        "alpha",
        keys(30).stream()
            .map(k -> WriteRequest.put(Item.from(k.attributes())))
            .collect(Collectors.toList()));
    writes.put("beta", keys(10).stream().map(WriteRequest::delete).collect(Collectors.toList()));
    List<Integer> calls = new ArrayList<>();
    Batches.writeAll(
        writes,
        request -> {
          int n = request.requestItems().values().stream().mapToInt(List::size).sum();
          sizes.add(n);
          calls.add(calls.size());
          if (calls.size() == 1) {
            Map<String, List<WriteRequest>> unprocessed =
                Map.of("alpha", request.requestItems().get("alpha").subList(0, 5));
            return new BatchWriteItemResponse(unprocessed, Map.of(), List.of());
          }
          return new BatchWriteItemResponse(Map.of(), Map.of(), List.of());
        },
        recordPauses);
    assertEquals(List.of(25, 20), sizes); // 40 writes, 5 of them sent again with the rest
  }

  @Test
  void batchRequestsStayValidForTheRequestRecords() {
    BatchGetItemRequest.builder().get("things", keys(100).toArray(Key[]::new)).build();
    BatchWriteItemRequest.builder()
        .put("things", keys(25).stream().map(k -> Item.from(k.attributes())).toArray(Item[]::new))
        .build();
  }
}
