package io.dynamo.validation.internal;

import io.dynamo.api.model.BatchGetItemRequest;
import io.dynamo.api.model.BatchWriteItemRequest;
import io.dynamo.api.model.DeleteItemRequest;
import io.dynamo.api.model.GetItemRequest;
import io.dynamo.api.model.KeysAndAttributes;
import io.dynamo.api.model.PutItemRequest;
import io.dynamo.api.model.QueryRequest;
import io.dynamo.api.model.ScanRequest;
import io.dynamo.api.model.TransactConditionCheck;
import io.dynamo.api.model.TransactDelete;
import io.dynamo.api.model.TransactGet;
import io.dynamo.api.model.TransactPut;
import io.dynamo.api.model.TransactUpdate;
import io.dynamo.api.model.TransactWriteItem;
import io.dynamo.api.model.TransactWriteItemsRequest;
import io.dynamo.api.model.UpdateItemRequest;
import io.dynamo.api.model.WriteRequest;
import io.dynamo.codec.AttributeValue;
import io.dynamo.codec.Key;
import io.dynamo.validation.KeySchema;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link DynamoRules}: the rules DynamoDB applies to a request or one of its parts beyond
 * its model (see {@link Rule}). Paths are relative to the part checked; Bean Validation's cascade
 * puts the part's own path before them ({@code TransactItems[3].Update}).
 */
public final class DynamoRulesValidator implements ConstraintValidator<DynamoRules, Object> {
  /** The types {@link ModelMapping} puts {@link DynamoRules} on. */
  static final List<Class<?>> TYPES =
      List.of(
          GetItemRequest.class,
          PutItemRequest.class,
          DeleteItemRequest.class,
          UpdateItemRequest.class,
          QueryRequest.class,
          ScanRequest.class,
          BatchGetItemRequest.class,
          BatchWriteItemRequest.class,
          TransactWriteItemsRequest.class,
          KeysAndAttributes.class,
          WriteRequest.class,
          TransactWriteItem.class,
          TransactPut.class,
          TransactUpdate.class,
          TransactDelete.class,
          TransactConditionCheck.class,
          TransactGet.class);

  private static final int MAX_BATCH_WRITES = 25;
  private static final int MAX_BATCH_KEYS = 100;

  /** Made by {@link RuleValidators}. */
  public DynamoRulesValidator() {}

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Settings settings = Settings.of(context);
    Report report = new Report(context);
    if (value instanceof GetItemRequest) {
      GetItemRequest r = (GetItemRequest) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          Map.of(),
          "ProjectionExpression",
          r.projectionExpression());
      key(report, settings, "Key", r.tableName(), r.key());
    } else if (value instanceof PutItemRequest) {
      PutItemRequest r = (PutItemRequest) value;
      if (r.item() != null && r.item().isEmpty()) {
        report.add(
            "Item",
            Rule.ITEM_NOT_EMPTY,
            "has no attributes; an item needs at least its key attributes",
            "Item of 0 attributes");
      }
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "ConditionExpression",
          r.conditionExpression());
      Keys.item(report, "Item", r.item(), settings.keySchema(r.tableName()), settings);
    } else if (value instanceof DeleteItemRequest) {
      DeleteItemRequest r = (DeleteItemRequest) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "ConditionExpression",
          r.conditionExpression());
      key(report, settings, "Key", r.tableName(), r.key());
    } else if (value instanceof UpdateItemRequest) {
      UpdateItemRequest r = (UpdateItemRequest) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "UpdateExpression",
          r.updateExpression(),
          "ConditionExpression",
          r.conditionExpression());
      key(report, settings, "Key", r.tableName(), r.key());
    } else if (value instanceof QueryRequest) {
      QueryRequest r = (QueryRequest) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "KeyConditionExpression",
          r.keyConditionExpression(),
          "FilterExpression",
          r.filterExpression(),
          "ProjectionExpression",
          r.projectionExpression());
    } else if (value instanceof ScanRequest) {
      ScanRequest r = (ScanRequest) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "FilterExpression",
          r.filterExpression(),
          "ProjectionExpression",
          r.projectionExpression());
    } else if (value instanceof BatchGetItemRequest) {
      batchGet(report, settings, (BatchGetItemRequest) value);
    } else if (value instanceof BatchWriteItemRequest) {
      batchWrite(report, settings, (BatchWriteItemRequest) value);
    } else if (value instanceof TransactWriteItemsRequest) {
      transactWrite(report, settings, (TransactWriteItemsRequest) value);
    } else if (value instanceof KeysAndAttributes) {
      KeysAndAttributes r = (KeysAndAttributes) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          Map.of(),
          "ProjectionExpression",
          r.projectionExpression());
    } else if (value instanceof WriteRequest) {
      WriteRequest r = (WriteRequest) value;
      if ((r.putRequest() == null) == (r.deleteRequest() == null)) {
        report.add(
            "",
            Rule.ONE_WRITE,
            "must have exactly one of PutRequest and DeleteRequest",
            r.putRequest() == null ? "neither" : "both");
      }
    } else if (value instanceof TransactWriteItem) {
      TransactWriteItem r = (TransactWriteItem) value;
      int actions =
          (r.conditionCheck() == null ? 0 : 1)
              + (r.put() == null ? 0 : 1)
              + (r.delete() == null ? 0 : 1)
              + (r.update() == null ? 0 : 1);
      if (actions != 1) {
        report.add(
            "",
            Rule.ONE_ACTION,
            "must have exactly one of ConditionCheck, Put, Delete and Update",
            actions + " actions");
      }
    } else if (value instanceof TransactPut) {
      TransactPut r = (TransactPut) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "ConditionExpression",
          r.conditionExpression());
      Keys.item(report, "Item", r.item(), settings.keySchema(r.tableName()), settings);
    } else if (value instanceof TransactUpdate) {
      TransactUpdate r = (TransactUpdate) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "UpdateExpression",
          r.updateExpression(),
          "ConditionExpression",
          r.conditionExpression());
      key(report, settings, "Key", r.tableName(), r.key());
    } else if (value instanceof TransactDelete) {
      TransactDelete r = (TransactDelete) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "ConditionExpression",
          r.conditionExpression());
      key(report, settings, "Key", r.tableName(), r.key());
    } else if (value instanceof TransactConditionCheck) {
      TransactConditionCheck r = (TransactConditionCheck) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          r.expressionAttributeValues(),
          "ConditionExpression",
          r.conditionExpression());
      key(report, settings, "Key", r.tableName(), r.key());
    } else if (value instanceof TransactGet) {
      TransactGet r = (TransactGet) value;
      Expressions.check(
          report,
          r.expressionAttributeNames(),
          Map.of(),
          "ProjectionExpression",
          r.projectionExpression());
      key(report, settings, "Key", r.tableName(), r.key());
    }
    return report.valid();
  }

  private static void key(Report report, Settings settings, String path, String table, Key key) {
    if (key != null) {
      Keys.key(report, path, key, settings.keySchema(table), settings);
    }
  }

  private static void batchGet(Report report, Settings settings, BatchGetItemRequest r) {
    int total = 0;
    for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
      KeysAndAttributes reads = e.getValue();
      if (reads == null) {
        continue;
      }
      total += reads.keys().size();
      KeySchema schema = settings.keySchema(e.getKey());
      Map<Map<String, AttributeValue>, Integer> seen = new HashMap<>();
      List<Key> keys = reads.keys();
      for (int i = 0; i < keys.size(); i++) {
        Key key = keys.get(i);
        if (key == null) {
          continue;
        }
        String path = "RequestItems[" + e.getKey() + "].Keys[" + i + "]";
        Keys.key(report, path, key, schema, settings);
        Integer before = seen.putIfAbsent(key.attributes(), i);
        if (before != null) {
          report.add(
              path,
              Rule.DISTINCT_ITEMS,
              "is the same key as Keys[" + before + "]; DynamoDB rejects duplicate keys",
              Describe.attributes(key, settings.showValues()));
        }
      }
    }
    if (total > MAX_BATCH_KEYS) {
      report.add(
          "RequestItems",
          Rule.BATCH_GET_TOTAL,
          "reads "
              + total
              + " keys; a BatchGetItem reads at most "
              + MAX_BATCH_KEYS
              + " keys over all its tables",
          total + " keys");
    }
  }

  private static void batchWrite(Report report, Settings settings, BatchWriteItemRequest r) {
    int total = 0;
    for (Map.Entry<String, List<WriteRequest>> e : r.requestItems().entrySet()) {
      List<WriteRequest> writes = e.getValue();
      if (writes == null) {
        continue;
      }
      total += writes.size();
      KeySchema schema = settings.keySchema(e.getKey());
      Map<Map<String, AttributeValue>, Integer> seen = new HashMap<>();
      for (int i = 0; i < writes.size(); i++) {
        WriteRequest w = writes.get(i);
        if (w == null) {
          continue;
        }
        String path = "RequestItems[" + e.getKey() + "][" + i + "]";
        Map<String, AttributeValue> key = null;
        if (w.putRequest() != null && w.putRequest().item() != null) {
          Keys.item(report, path + ".PutRequest.Item", w.putRequest().item(), schema, settings);
          key = schema == null ? null : Keys.keyOf(w.putRequest().item().attributes(), schema);
        } else if (w.deleteRequest() != null && w.deleteRequest().key() != null) {
          Keys.key(report, path + ".DeleteRequest.Key", w.deleteRequest().key(), schema, settings);
          key = w.deleteRequest().key().attributes();
        }
        if (key != null && !key.isEmpty()) {
          Integer before = seen.putIfAbsent(key, i);
          if (before != null) {
            report.add(
                path,
                Rule.DISTINCT_ITEMS,
                "writes the same item as RequestItems["
                    + e.getKey()
                    + "]["
                    + before
                    + "]; a BatchWriteItem writes each item at most once",
                "a key of " + key.size() + " attributes");
          }
        }
      }
    }
    if (total > MAX_BATCH_WRITES) {
      report.add(
          "RequestItems",
          Rule.BATCH_WRITE_TOTAL,
          "has "
              + total
              + " writes; a BatchWriteItem has at most "
              + MAX_BATCH_WRITES
              + " writes over all its tables",
          total + " writes");
    }
  }

  private static void transactWrite(Report report, Settings settings, TransactWriteItemsRequest r) {
    Map<Map.Entry<String, Map<String, AttributeValue>>, Integer> seen = new HashMap<>();
    List<TransactWriteItem> items = r.transactItems();
    for (int i = 0; i < items.size(); i++) {
      TransactWriteItem t = items.get(i);
      if (t == null) {
        continue;
      }
      String table = null;
      Map<String, AttributeValue> key = null;
      if (t.put() != null && t.put().item() != null) {
        table = t.put().tableName();
        KeySchema schema = settings.keySchema(table);
        key = schema == null ? null : Keys.keyOf(t.put().item().attributes(), schema);
      } else if (t.update() != null && t.update().key() != null) {
        table = t.update().tableName();
        key = t.update().key().attributes();
      } else if (t.delete() != null && t.delete().key() != null) {
        table = t.delete().tableName();
        key = t.delete().key().attributes();
      } else if (t.conditionCheck() != null && t.conditionCheck().key() != null) {
        table = t.conditionCheck().tableName();
        key = t.conditionCheck().key().attributes();
      }
      if (table == null || key == null || key.isEmpty()) {
        continue;
      }
      Integer before = seen.putIfAbsent(Map.entry(table, key), i);
      if (before != null) {
        report.add(
            "TransactItems[" + i + "]",
            Rule.DISTINCT_ITEMS,
            "acts on the same item as TransactItems["
                + before
                + "]; a transaction acts on each item at most once",
            "table " + Describe.quote(table));
      }
    }
  }
}
