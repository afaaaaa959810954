package io.dynamo.api.internal.rules;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.internal.build.Require;
import io.dynamo.api.internal.build.TransactActions;
import io.dynamo.api.model.TransactConditionCheck;
import io.dynamo.api.model.TransactDelete;
import io.dynamo.api.model.TransactGet;
import io.dynamo.api.model.TransactGetItem;
import io.dynamo.api.model.TransactGetItemsRequest;
import io.dynamo.api.model.TransactPut;
import io.dynamo.api.model.TransactUpdate;
import io.dynamo.api.model.TransactWriteItem;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Item;
import io.dynamo.codec.Key;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's rules of TransactWriteItems and TransactGetItems beyond its model: how many actions,
 * each action's expressions with the names and values they use, and at most one action per item.
 * Failures name {@code TransactItems} and the actions by index, such as {@code
 * TransactItems[2].Update.ConditionExpression}. The generated specs call these once a request is
 * written, before it is sent.
 */
public final class TransactRules {
  private TransactRules() {}

  /**
   * The number of actions of {@code TransactItems}, as the rule of the model's list shapes: 1 to
   * 100, all or nothing.
   */
  public static void actions(String field, List<?> actions) {
    int n = actions.size();
    if (n < 1 || n > TransactActions.MAX_ACTIONS) {
      throw new InvalidRequestException(
          field,
          "has "
              + n
              + " actions; one transaction has 1 to "
              + TransactActions.MAX_ACTIONS
              + " actions, and its actions are all or nothing, so a bigger transaction cannot be"
              + " split without losing that");
    }
  }

  /** TransactWriteItems: each action as DynamoDB takes it, and one action per item. */
  public static void checkWrite(TransactWriteItemsRequest r) {
    List<TransactWriteItem> actions = r.transactItems(); // counted as the model's list is written
    for (int i = 0; i < actions.size(); i++) {
      TransactWriteItem a = actions.get(i);
      String member = member(i, a);
      TransactActions.action(
          i,
          member,
          () -> {
            checkAction(a);
            return null;
          });
    }
    oneActionPerItem(actions);
  }

  private static void checkAction(TransactWriteItem a) {
    if (a.put() != null) {
      TransactPut p = a.put();
      if (p.item().isEmpty()) {
        throw new InvalidRequestException(
            "Item", "has no attributes; an item needs at least its key attributes");
      }
      conditional(
          p.expressionAttributeNames(), p.expressionAttributeValues(), p.conditionExpression());
    } else if (a.update() != null) {
      TransactUpdate u = a.update();
      Require.expression("UpdateExpression", u.updateExpression());
      Require.expression("ConditionExpression", u.conditionExpression());
      Expressions.check(
          u.expressionAttributeNames(),
          u.expressionAttributeValues(),
          "UpdateExpression",
          u.updateExpression(),
          "ConditionExpression",
          u.conditionExpression());
    } else if (a.delete() != null) {
      TransactDelete d = a.delete();
      conditional(
          d.expressionAttributeNames(), d.expressionAttributeValues(), d.conditionExpression());
    } else {
      TransactConditionCheck c = a.conditionCheck();
      conditional(
          c.expressionAttributeNames(), c.expressionAttributeValues(), c.conditionExpression());
    }
  }

  private static void conditional(
      Map<String, String> names, Map<String, AttributeValue> values, String condition) {
    Require.expression("ConditionExpression", condition);
    Expressions.check(names, values, "ConditionExpression", condition);
  }

  /** TransactGetItems: each read as DynamoDB takes it, and one read per item. */
  public static void checkGet(TransactGetItemsRequest r) {
    List<TransactGetItem> gets = r.transactItems(); // counted as the model's list is written
    List<String> tables = new ArrayList<>(gets.size());
    List<Key> keys = new ArrayList<>(gets.size());
    for (int i = 0; i < gets.size(); i++) {
      TransactGet g = gets.get(i).get();
      TransactActions.action(
          i,
          "Get",
          () -> {
            Require.expression("ProjectionExpression", g.projectionExpression());
            Expressions.check(
                g.expressionAttributeNames(),
                Map.of(),
                "ProjectionExpression",
                g.projectionExpression());
            return null;
          });
      tables.add(g.tableName());
      keys.add(g.key());
    }
    oneGetPerItem(tables, keys);
  }

  /** DynamoDB's member name for the action: Put, Update, Delete or ConditionCheck. */
  public static String member(TransactWriteItem action) {
    if (action.put() != null) {
      return "Put";
    }
    if (action.update() != null) {
      return "Update";
    }
    if (action.delete() != null) {
      return "Delete";
    }
    return "ConditionCheck";
  }

  /** The member of action {@code index}, which must set exactly one. */
  private static String member(int index, TransactWriteItem a) {
    int set =
        (a.put() != null ? 1 : 0)
            + (a.update() != null ? 1 : 0)
            + (a.delete() != null ? 1 : 0)
            + (a.conditionCheck() != null ? 1 : 0);
    if (set != 1) {
      throw new InvalidRequestException(
          "TransactItems[" + index + "]",
          "sets "
              + set
              + " of Put, Update, Delete and ConditionCheck; an action is exactly one of them");
    }
    return member(a);
  }

  /** The table of the action. */
  private static String table(TransactWriteItem a) {
    if (a.put() != null) {
      return a.put().tableName();
    }
    if (a.update() != null) {
      return a.update().tableName();
    }
    if (a.delete() != null) {
      return a.delete().tableName();
    }
    return a.conditionCheck().tableName();
  }

  /** The key of an Update, Delete or ConditionCheck; null for a Put. */
  static Key key(TransactWriteItem action) {
    if (action.update() != null) {
      return action.update().key();
    }
    if (action.delete() != null) {
      return action.delete().key();
    }
    if (action.conditionCheck() != null) {
      return action.conditionCheck().key();
    }
    return null;
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
        Integer before = keyed.putIfAbsent(new Target(table(a), key), i);
        if (before != null) {
          throw twice(actions, before, i, key);
        }
        keyedByTable.computeIfAbsent(table(a), t -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < actions.size(); i++) {
      TransactPut put = actions.get(i).put();
      if (put != null) {
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
            + Require.quote(table(actions.get(first)))
            + "; DynamoDB rejects two actions on one item in a transaction ("
            + (member(actions.get(first)).equals("ConditionCheck")
                    || member(actions.get(second)).equals("ConditionCheck")
                ? "give the other action the condition instead of a separate ConditionCheck)"
                : "make them one action)"));
  }

  /** An item of a table, by its key. */
  private record Target(String table, Key key) {}
}
