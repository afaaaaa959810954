package io.dynamo.api.internal.ops;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.model.TransactConditionCheck;
import io.dynamo.api.model.TransactDelete;
import io.dynamo.api.model.TransactPut;
import io.dynamo.api.model.TransactUpdate;
import io.dynamo.api.model.TransactWriteItem;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rules of TransactWriteItems and TransactGetItems that span actions: how many, and at most one
 * action per item. Failures name {@code TransactItems} and the actions by index.
 */
public final class TransactRules {
  /** Most actions in one transaction. */
  public static final int MAX_ACTIONS = 100;

  private TransactRules() {}

  /** Fails unless there are 1 to 100 actions. */
  public static void count(int actions, String operation) {
    if (actions < 1 || actions > MAX_ACTIONS) {
      throw new InvalidRequestException(
          "TransactItems",
          "has "
              + actions
              + " actions; one "
              + operation
              + " has 1 to "
              + MAX_ACTIONS
              + " actions, and its actions are all or nothing, so a bigger transaction cannot be"
              + " split without losing that");
    }
  }

  /** DynamoDB's member name for the action: Put, Update, Delete or ConditionCheck. */
  public static String member(TransactWriteItem action) {
    if (action instanceof TransactPut) {
      return "Put";
    }
    if (action instanceof TransactUpdate) {
      return "Update";
    }
    if (action instanceof TransactDelete) {
      return "Delete";
    }
    return "ConditionCheck";
  }

  /** The key of an Update, Delete or ConditionCheck; null for a Put. */
  static Key key(TransactWriteItem action) {
    if (action instanceof TransactUpdate u) {
      return u.key();
    }
    if (action instanceof TransactDelete d) {
      return d.key();
    }
    if (action instanceof TransactConditionCheck c) {
      return c.key();
    }
    return null;
  }

  /**
   * Makes action {@code index}; a bad field is named by its path in the request, such as {@code
   * TransactItems[2].Update.Key}.
   */
  public static <T> T action(int index, String member, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidRequestException e) {
      String prefix = "TransactItems[" + index + "]." + member + ".";
      String problem = e.getMessage().substring(e.field().length() + 2);
      throw new InvalidRequestException(prefix + e.field(), problem, e);
    }
  }

  /**
   * Fails when two actions act on one item of one table, which DynamoDB rejects: two keyed actions
   * (Update, Delete, ConditionCheck) with equal keys, or a Put whose item has another action's key.
   * Tables are compared by the text given, so a table named once by name and once by ARN is not
   * caught here (DynamoDB still rejects it); nor are two Puts, whose key attributes this client
   * does not know.
   */
  public static void oneActionPerItem(List<TransactWriteItem> actions) {
    Map<Target, Integer> keyed = new HashMap<>();
    Map<String, List<Integer>> keyedByTable = new HashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      TransactWriteItem a = actions.get(i);
      Key key = key(a);
      if (key != null) {
        Integer before = keyed.putIfAbsent(new Target(a.tableName(), key), i);
        if (before != null) {
          throw twice(actions, before, i, key);
        }
        keyedByTable.computeIfAbsent(a.tableName(), t -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) instanceof TransactPut put) {
        for (int k : keyedByTable.getOrDefault(put.tableName(), List.of())) {
          Key key = key(actions.get(k));
          if (hasKey(put.item(), key)) {
            throw twice(actions, Math.min(i, k), Math.max(i, k), key);
          }
        }
      }
    }
  }

  /** Fails when two gets read one item of one table. */
  public static void oneGetPerItem(List<String> tables, List<Key> keys) {
    Map<Target, Integer> seen = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Integer before = seen.putIfAbsent(new Target(tables.get(i), keys.get(i)), i);
      if (before != null) {
        throw new InvalidRequestException(
            "TransactItems",
            "gets "
                + before
                + " and "
                + i
                + " both read the item with key "
                + keys.get(i)
                + " in table "
                + Require.quote(tables.get(i))
                + "; DynamoDB rejects two operations on one item in a transaction");
      }
    }
  }

  private static boolean hasKey(Item item, Key key) {
    for (Map.Entry<String, AttributeValue> e : key.attributes().entrySet()) {
      if (!e.getValue().equals(item.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static InvalidRequestException twice(
      List<TransactWriteItem> actions, int first, int second, Key key) {
    return new InvalidRequestException(
        "TransactItems",
        "actions "
            + first
            + " ("
            + member(actions.get(first))
            + ") and "
            + second
            + " ("
            + member(actions.get(second))
            + ") both act on the item with key "
            + key
            + " in table "
            + Require.quote(actions.get(first).tableName())
            + "; DynamoDB rejects two actions on one item in a transaction ("
            + (member(actions.get(first)).equals("ConditionCheck")
                    || member(actions.get(second)).equals("ConditionCheck")
                ? "give the other action the condition instead of a separate ConditionCheck)"
                : "make them one action)"));
  }

  /** An item of a table, by its key. */
  private record Target(String table, Key key) {}
}
