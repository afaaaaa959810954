package io.dynamo.api.internal;

import io.dynamo.api.error.ResourceNotFoundException;
import io.dynamo.api.error.WaitFailedException;
import io.dynamo.api.model.GlobalSecondaryIndexDescription;
import io.dynamo.api.model.IndexStatus;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Polls DescribeTable until a table is ACTIVE (with all its global secondary indexes) or gone, with
 * the {@link Waiter}'s checks, at most 5 s apart. Written by hand rather than from the model's
 * TableExists and TableNotExists, which look at the table's status only: an index still being built
 * keeps a table from being ready, and a table being deleted will never be ACTIVE.
 */
public final class TableWaiter {
  private static final Duration MAX_DELAY = Duration.ofSeconds(5);

  private TableWaiter() {}

  /** The table's description once it and its indexes are ACTIVE. */
  public static TableDescription untilActive(
      String table, Duration timeout, Function<String, TableDescription> describe) {
    return Waiter.await(active(table, timeout), () -> describe.apply(table), new Active(table));
  }

  /** {@link #untilActive} without blocking. */
  public static CompletableFuture<TableDescription> untilActiveAsync(
      String table,
      Duration timeout,
      Function<String, CompletableFuture<TableDescription>> describe) {
    return Waiter.awaitAsync(
        active(table, timeout), () -> describe.apply(table), new Active(table));
  }

  /** Returns once DescribeTable no longer finds the table. */
  public static void untilDeleted(
      String table, Duration timeout, Function<String, TableDescription> describe) {
    Waiter.await(deleted(table, timeout), () -> describe.apply(table), DELETED);
  }

  /** {@link #untilDeleted} without blocking. */
  public static CompletableFuture<Void> untilDeletedAsync(
      String table,
      Duration timeout,
      Function<String, CompletableFuture<TableDescription>> describe) {
    return Waiter.awaitAsync(deleted(table, timeout), () -> describe.apply(table), DELETED);
  }

  private static Waiter.Plan active(String table, Duration timeout) {
    return new Waiter.Plan("table " + table + " to be ACTIVE", timeout, MAX_DELAY);
  }

  private static Waiter.Plan deleted(String table, Duration timeout) {
    return new Waiter.Plan("table " + table + " to be deleted", timeout, MAX_DELAY);
  }

  /** ACTIVE with every index ACTIVE; a table just created may not be found yet. */
  private static final class Active implements Waiter.Judge<TableDescription, TableDescription> {
    private final String table;

    Active(String table) {
      this.table = table;
    }

    @Override
    public Waiter.Verdict<TableDescription> response(TableDescription d) {
      if (d == null) {
        return Waiter.Verdict.waiting("no description");
      }
      if (isActive(d)) {
        return Waiter.Verdict.done(d);
      }
      TableStatus status = d.tableStatus();
      if (status == TableStatus.DELETING
          || status == TableStatus.ARCHIVED
          || status == TableStatus.ARCHIVING) {
        return Waiter.Verdict.failed(
            new WaitFailedException(
                "table " + table + " is " + status + "; it will not become ACTIVE",
                "table " + table + " to be ACTIVE",
                String.valueOf(status)));
      }
      return Waiter.Verdict.waiting(
          status == TableStatus.ACTIVE
              ? "ACTIVE, with an index not ACTIVE yet"
              : String.valueOf(status));
    }

    @Override
    public Waiter.Verdict<TableDescription> error(RuntimeException e) {
      // just created: DescribeTable may not see it yet
      return e instanceof ResourceNotFoundException ? Waiter.Verdict.waiting("not found") : null;
    }
  }

  private static final Waiter.Judge<TableDescription, Void> DELETED =
      new Waiter.Judge<>() {
        @Override
        public Waiter.Verdict<Void> response(TableDescription d) {
          return Waiter.Verdict.waiting(
              d == null ? "no description" : String.valueOf(d.tableStatus()));
        }

        @Override
        public Waiter.Verdict<Void> error(RuntimeException e) {
          return e instanceof ResourceNotFoundException ? Waiter.Verdict.done(null) : null;
        }
      };

  static boolean isActive(TableDescription d) {
    if (d.tableStatus() != TableStatus.ACTIVE) {
      return false;
    }
    for (GlobalSecondaryIndexDescription index : d.globalSecondaryIndexes()) {
      if (index.indexStatus() != null && index.indexStatus() != IndexStatus.ACTIVE) {
        return false;
      }
    }
    return true;
  }
}
