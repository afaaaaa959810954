package io.dynamo.api.internal.ops;

import io.dynamo.api.InvalidRequestException;
import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.GlobalIndex;
import io.dynamo.api.model.LocalIndex;
import io.dynamo.api.model.ProvisionedThroughput;
import io.dynamo.api.model.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DynamoDB's rules for table schemas: keys, indexes, capacity and tags. */
public final class TableRules {
  /** Most local secondary indexes per table. */
  public static final int MAX_LOCAL_INDEXES = 5;

  /** Most tags per resource. */
  public static final int MAX_TAGS = 50;

  private TableRules() {}

  /** Checks a CreateTable request's schema. */
  public static void checkCreate(
      AttributeDefinition hashKey,
      AttributeDefinition rangeKey,
      BillingMode billingMode,
      ProvisionedThroughput throughput,
      List<GlobalIndex> globalIndexes,
      List<LocalIndex> localIndexes,
      List<Tag> tags) {
    if (rangeKey != null && rangeKey.attributeName().equals(hashKey.attributeName())) {
      throw new InvalidRequestException(
          "KeySchema",
          "partition and sort key are both '"
              + hashKey.attributeName()
              + "'; they must be different attributes");
    }
    checkCapacity("ProvisionedThroughput", billingMode, throughput, "the table");
    for (GlobalIndex index : globalIndexes) {
      checkCapacity(
          "GlobalSecondaryIndexes.ProvisionedThroughput",
          billingMode,
          index.provisionedThroughput(),
          "global secondary index '" + index.indexName() + "'");
    }
    // No check of the number of global indexes: 20 is a default quota an account can have raised.
    if (localIndexes.size() > MAX_LOCAL_INDEXES) {
      throw new InvalidRequestException(
          "LocalSecondaryIndexes",
          "has " + localIndexes.size() + " indexes; a table has at most " + MAX_LOCAL_INDEXES);
    }
    if (!localIndexes.isEmpty() && rangeKey == null) {
      throw new InvalidRequestException(
          "LocalSecondaryIndexes",
          "are given but the table has no sort key; local secondary indexes need a table with a"
              + " sort key (rangeKey)");
    }
    Set<String> indexNames = new HashSet<>();
    globalIndexes.forEach(i -> distinctIndex(indexNames, i.indexName()));
    localIndexes.forEach(i -> distinctIndex(indexNames, i.indexName()));
    attributeDefinitions(hashKey, rangeKey, globalIndexes, localIndexes);
    checkTags(tags);
  }

  /** Checks that capacity is given exactly when the mode is PROVISIONED (or not given). */
  public static void checkCapacity(
      String field, BillingMode mode, ProvisionedThroughput throughput, String what) {
    if (mode == BillingMode.PAY_PER_REQUEST && throughput != null) {
      throw new InvalidRequestException(
          field,
          "is given for "
              + what
              + " but BillingMode is PAY_PER_REQUEST; capacity is only set for PROVISIONED");
    }
    if (mode != BillingMode.PAY_PER_REQUEST && throughput == null) {
      throw new InvalidRequestException(
          field,
          "is required for "
              + what
              + " when BillingMode is PROVISIONED (the default); give provisionedThroughput(read,"
              + " write) or billingMode(PAY_PER_REQUEST)");
    }
  }

  /** Checks the number of tags and that their keys are distinct. */
  public static void checkTags(List<Tag> tags) {
    if (tags.size() > MAX_TAGS) {
      throw new InvalidRequestException(
          "Tags", "has " + tags.size() + " tags; a resource has at most " + MAX_TAGS);
    }
    Set<String> keys = new HashSet<>();
    for (Tag t : tags) {
      if (!keys.add(t.key())) {
        throw new InvalidRequestException(
            "Tags", "has key '" + t.key() + "' twice; tag keys must be distinct");
      }
    }
  }

  private static void distinctIndex(Set<String> names, String name) {
    if (!names.add(name)) {
      throw new InvalidRequestException(
          "IndexName", "'" + name + "' is used twice; index names must be distinct in a table");
    }
  }

  /**
   * The key attributes of the table and its indexes, each once, in order.
   *
   * @throws InvalidRequestException if one attribute is given two types
   */
  public static List<AttributeDefinition> attributeDefinitions(
      AttributeDefinition hashKey,
      AttributeDefinition rangeKey,
      List<GlobalIndex> globalIndexes,
      List<LocalIndex> localIndexes) {
    Map<String, AttributeDefinition> all = new LinkedHashMap<>();
    add(all, hashKey);
    add(all, rangeKey);
    for (GlobalIndex index : globalIndexes) {
      add(all, index.hashKey());
      add(all, index.rangeKey());
    }
    for (LocalIndex index : localIndexes) {
      add(all, index.rangeKey());
    }
    return Collections.unmodifiableList(new ArrayList<>(all.values()));
  }

  private static void add(Map<String, AttributeDefinition> all, AttributeDefinition d) {
    if (d == null) {
      return;
    }
    AttributeDefinition before = all.putIfAbsent(d.attributeName(), d);
    if (before != null && before.attributeType() != d.attributeType()) {
      throw new InvalidRequestException(
          "AttributeDefinitions",
          "key attribute '"
              + d.attributeName()
              + "' is given as "
              + before.attributeType()
              + " and as "
              + d.attributeType()
              + "; an attribute has one type in all keys and indexes");
    }
  }
}
