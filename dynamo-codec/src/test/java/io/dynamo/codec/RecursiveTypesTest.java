package io.dynamo.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.Generate.range;

import io.dynamo.codec.internal.codecs.NullSafe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Types that refer to themselves: through an ItemCodec's getters, and through a CodecFactory. */
class RecursiveTypesTest {
  record TreeNode(String name, List<TreeNode> children) {}

  static final ItemCodec<TreeNode> TREE =
      ItemCodec.of(
          (n, w) -> w.string("name", n.name()).value("children", n.children()),
          r -> new TreeNode(r.getString("name"), r.getList("children", TreeNode.class)));

  private static final CodecRegistry TREES =
      CodecRegistry.builder().register(TreeNode.class, TREE).build();

  /** An expression tree whose codec asks the registry for {@code List<Expr>} while being made. */
  record Expr(String op, List<Expr> args) {}

  /** A linked list through {@code Optional<Chain>}. */
  record Chain(int value, Optional<Chain> next) {}

  static final CodecFactory EXPRESSIONS =
      (type, registry) -> {
        if (type.rawType() != Expr.class) {
          return null;
        }
        AttributeCodec<List<Expr>> args = registry.codec(TypeRef.listOf(Expr.class));
        return AttributeCodec.<Expr>of(
            e -> AttributeValue.l(AttributeValue.s(e.op()), args.encode(e.args())),
            v -> {
              List<AttributeValue> parts = ((AttributeValue.L) v).values();
              return new Expr(((AttributeValue.S) parts.get(0)).value(), args.decode(parts.get(1)));
            });
      };

  static final CodecFactory CHAINS =
      (type, registry) -> {
        if (type.rawType() != Chain.class) {
          return null;
        }
        AttributeCodec<Optional<Chain>> next = registry.codec(TypeRef.optionalOf(Chain.class));
        return AttributeCodec.<Chain>of(
            c -> AttributeValue.l(AttributeValue.n(c.value()), next.encode(c.next())),
            v -> {
              List<AttributeValue> parts = ((AttributeValue.L) v).values();
              return new Chain(
                  (int) ((AttributeValue.N) parts.get(0)).longValue(), next.decode(parts.get(1)));
            });
      };

  @Test
  void treesOfItemCodecRecordsRoundTrip() {
    // each level of a tree is an M holding an L: 16 levels of nodes fill DynamoDB's 32
    CodecLaws.roundTrips(TREES, TypeRef.of(TreeNode.class), trees(16));
  }

  @Test
  void aTreeSixteenNodesDeepIsTheDeepestThatCanBeWritten() {
    Item sixteen = TREE.using(TREES).toItem(path(16));

    assertEquals(sixteen.attributes(), DynamoJson.readItem(sixteen.toJson()));
    InvalidAttributeValueException e =
        assertThrows(
            InvalidAttributeValueException.class,
            () -> DynamoJson.writeItem(TREE.using(TREES).toItem(path(17)).attributes()));
    assertEquals("children" + "[0].children".repeat(16), e.path());
    assertEquals(
        "nesting of maps and lists is deeper than DynamoDB's limit of 32 levels", e.problem());
  }

  @Test
  void aFactoryMadeRecursiveCodecRoundTrips() {
    CodecRegistry registry = CodecRegistry.builder().add(EXPRESSIONS).build();

    CodecLaws.roundTrips(registry, TypeRef.of(Expr.class), expressions(5));
  }

  @Test
  void aFactoryMadeRecursiveCodecIsMadeOnceAndCached() {
    CodecRegistry registry = CodecRegistry.builder().add(EXPRESSIONS).build();

    AttributeCodec<Expr> codec = registry.codec(Expr.class);

    assertSame(codec, registry.codec(Expr.class));
    Expr e = new Expr("+", List.of(new Expr("1", List.of()), new Expr("2", List.of())));
    assertEquals(
        "{\"L\":[{\"S\":\"+\"},{\"L\":[{\"L\":[{\"S\":\"1\"},{\"L\":[]}]},"
            + "{\"L\":[{\"S\":\"2\"},{\"L\":[]}]}]}]}",
        codec.encode(e).toString());
  }

  @Test
  void aRecursiveTypeThroughOptionalRoundTrips() {
    CodecRegistry registry = CodecRegistry.builder().add(CHAINS).build();
    Chain chain =
        new Chain(1, Optional.of(new Chain(2, Optional.of(new Chain(3, Optional.empty())))));

    AttributeValue encoded = registry.encode(chain, TypeRef.of(Chain.class));

    assertEquals(chain, registry.decode(encoded, Chain.class));
    assertEquals(
        "{\"L\":[{\"N\":\"1\"},{\"L\":[{\"N\":\"2\"},{\"L\":[{\"N\":\"3\"},{\"NULL\":true}]}]}]}",
        encoded.toString());
  }

  @Test
  void aCodecUsedWhileItIsStillBeingMadeSaysSo() {
    CodecFactory eager =
        (type, registry) -> {
          if (type.rawType() != Expr.class) {
            return null;
          }
          AttributeCodec<List<Expr>> args = registry.codec(TypeRef.listOf(Expr.class));
          args.encode(List.of(new Expr("too early", List.of())));
          return null;
        };
    CodecRegistry registry = CodecRegistry.builder().add(eager).build();

    Rejections.rejects(
        UnsupportedTypeException.class,
        "[0]",
        "the codec for " + Expr.class.getName() + " was used before it was made",
        () -> registry.codec(Expr.class));
  }

  /** Two types that refer to each other, for the failure and concurrency cases below. */
  record Parent(Kid kid) {}

  record Kid(Parent parent) {}

  static final CodecFactory KIDS =
      (type, registry) -> {
        if (type.rawType() != Kid.class) {
          return null;
        }
        AttributeCodec<Parent> parent = registry.codec(Parent.class);
        return AttributeCodec.<Kid>of(
            k -> AttributeValue.l(NullSafe.encode(parent, k.parent())),
            v -> new Kid(NullSafe.decode(parent, ((AttributeValue.L) v).values().get(0))));
      };

  @Test
  void aFailedLookupLeavesNoHalfMadeCodecBehind() {
    // Parent's factory asks for Kid, whose codec is made around a stand-in for Parent's; then
    // Parent's factory gives up. Kid's codec must not stay cached with a stand-in never resolved.
    CodecFactory parents =
        (type, registry) -> {
          if (type.rawType() != Parent.class) {
            return null;
          }
          registry.codec(Kid.class);
          return null;
        };
    CodecRegistry registry = CodecRegistry.builder().add(parents).add(KIDS).build();

    Rejections.rejectsStartingWith(
        UnsupportedTypeException.class, "", "no codec for ", () -> registry.codec(Parent.class));
    Rejections.rejects(
        UnsupportedTypeException.class,
        "",
        "no codec for "
            + Parent.class.getName()
            + "; register one with CodecRegistry.builder().register(...), or provide one with a"
            + " CodecProvider",
        () -> registry.codec(Kid.class));
  }

  @Test
  void anotherThreadNeverGetsACodecWhoseRecursiveLookupIsStillGoingOn() throws Exception {
    // Thread 1 makes Parent's codec: Kid's codec is made (around a stand-in for Parent's) while
    // Parent's factory is still running. Thread 2 asks for Kid meanwhile and must get a codec that
    // works, not one whose stand-in is still empty.
    CountDownLatch kidMade = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    CodecFactory parents =
        (type, registry) -> {
          if (type.rawType() != Parent.class) {
            return null;
          }
          AttributeCodec<Kid> kid = registry.codec(Kid.class);
          if (first.compareAndSet(true, false)) {
            kidMade.countDown();
            await(finish);
          }
          return AttributeCodec.<Parent>of(
              p -> AttributeValue.l(NullSafe.encode(kid, p.kid())),
              v -> new Parent(NullSafe.decode(kid, ((AttributeValue.L) v).values().get(0))));
        };
    CodecRegistry registry = CodecRegistry.builder().add(parents).add(KIDS).build();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<AttributeCodec<Parent>> maker = pool.submit(() -> registry.codec(Parent.class));
      kidMade.await();

      Kid kid = new Kid(new Parent(new Kid(null)));
      AttributeValue encoded = registry.encode(kid, TypeRef.of(Kid.class));

      assertEquals(kid, registry.decode(encoded, Kid.class));
      finish.countDown();
      assertEquals(new Parent(null), maker.get().decode(maker.get().encode(new Parent(null))));
    } finally {
      finish.countDown();
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static TreeNode path(int depth) {
    TreeNode node = new TreeNode("leaf", List.of());
    for (int i = 1; i < depth; i++) {
      node = new TreeNode("n" + i, List.of(node));
    }
    return node;
  }

  private static Gen<TreeNode> trees(int maxDepth) {
    return in -> tree(in, range(1, maxDepth).generate(in));
  }

  private static TreeNode tree(RandomnessSource in, int depth) {
    List<TreeNode> children = new ArrayList<>();
    if (depth > 1) {
      int size = range(1, 3).generate(in);
      int deep = range(0, size - 1).generate(in);
      for (int i = 0; i < size; i++) {
        children.add(tree(in, i == deep ? depth - 1 : Math.min(2, depth - 1)));
      }
    }
    return new TreeNode(Generators.strings().generate(in), children);
  }

  private static Gen<Expr> expressions(int maxDepth) {
    return in -> expression(in, range(0, maxDepth).generate(in));
  }

  private static Expr expression(RandomnessSource in, int depth) {
    List<Expr> args = new ArrayList<>();
    int size = depth == 0 ? 0 : range(0, 3).generate(in);
    for (int i = 0; i < size; i++) {
      args.add(expression(in, depth - 1));
    }
    return new Expr(Generators.strings().generate(in), args);
  }
}
