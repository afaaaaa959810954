package io.dynamo.api.internal;

import io.dynamo.api.ResourceNotFoundException;
import io.dynamo.api.WaitTimeoutException;
import io.dynamo.api.model.GlobalSecondaryIndexDescription;
import io.dynamo.api.model.IndexStatus;
import io.dynamo.api.model.TableDescription;
import io.dynamo.api.model.TableStatus;
import io.dynamo.codec.DynamoException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Polls DescribeTable until a table is ACTIVE (with all its global secondary indexes) or gone.
 * Checks start 100 ms apart and back off to 5 s, so a local server answers at once and AWS, where a
 * table takes seconds to minutes, is not asked needlessly often.
 */
public final class TableWaiter {
  private static final long FIRST_DELAY_NANOS = Duration.ofMillis(100).toNanos();
  private static final long MAX_DELAY_NANOS = Duration.ofSeconds(5).toNanos();

  private TableWaiter() {}

  /** The table's description once it and its indexes are ACTIVE. */
  public static TableDescription untilActive(
      String table, Duration timeout, Function<String, TableDescription> describe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long delay = FIRST_DELAY_NANOS;
    String lastSeen = "not found";
    for (int checks = 1; ; checks++) {
      try {
        TableDescription d = describe.apply(table);
        if (d == null) {
          lastSeen = "no description";
          delay = pause(table, "ACTIVE", lastSeen, checks, timeout, deadline, delay);
          continue;
        }
        if (isActive(d)) {
          return d;
        }
        lastSeen = String.valueOf(d.tableStatus());
        if (d.tableStatus() == TableStatus.DELETING
            || d.tableStatus() == TableStatus.ARCHIVED
            || d.tableStatus() == TableStatus.ARCHIVING) {
          throw new DynamoException(
              "table " + table + " is " + d.tableStatus() + "; it will not become ACTIVE");
        }
        if (d.tableStatus() == TableStatus.ACTIVE) {
          lastSeen = "ACTIVE, with an index not ACTIVE yet";
        }
      } catch (ResourceNotFoundException e) {
        lastSeen = "not found"; // just created: DescribeTable may not see it yet
      }
      delay = pause(table, "ACTIVE", lastSeen, checks, timeout, deadline, delay);
    }
  }

  /** Returns once DescribeTable no longer finds the table. */
  public static void untilDeleted(
      String table, Duration timeout, Function<String, TableDescription> describe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long delay = FIRST_DELAY_NANOS;
    for (int checks = 1; ; checks++) {
      String lastSeen;
      try {
        TableDescription d = describe.apply(table);
        lastSeen = d == null ? "no description" : String.valueOf(d.tableStatus());
      } catch (ResourceNotFoundException e) {
        return;
      }
      delay = pause(table, "deleted", lastSeen, checks, timeout, deadline, delay);
    }
  }

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

  /** Sleeps before the next check and returns the next delay; throws once time is up. */
  private static long pause(
      String table,
      String goal,
      String lastSeen,
      int checks,
      Duration timeout,
      long deadline,
      long delay) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new WaitTimeoutException(
          "table "
              + table
              + " was not "
              + goal
              + " within "
              + timeout.toMillis()
              + " ms ("
              + checks
              + " checks; last seen: "
              + lastSeen
              + ")");
    }
    try {
      TimeUnit.NANOSECONDS.sleep(Math.min(delay, remaining));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitTimeoutException(
          "interrupted while waiting for table " + table + " to be " + goal);
    }
    return Math.min(MAX_DELAY_NANOS, delay * 2);
  }
}
