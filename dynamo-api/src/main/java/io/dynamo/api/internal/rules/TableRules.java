package io.dynamo.api.internal.rules;

import io.dynamo.api.error.InvalidRequestException;
import io.dynamo.api.model.AttributeDefinition;
import io.dynamo.api.model.BillingMode;
import io.dynamo.api.model.CreateTableRequest;
import io.dynamo.api.model.GlobalSecondaryIndex;
import io.dynamo.api.model.GlobalSecondaryIndexUpdate;
import io.dynamo.api.model.KeySchemaElement;
import io.dynamo.api.model.KeyType;
import io.dynamo.api.model.LocalSecondaryIndex;
import io.dynamo.api.model.ProvisionedThroughput;
import io.dynamo.api.model.Tag;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.UpdateTableRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's rules for table schemas beyond its model: keys, indexes, attribute definitions,
 * capacity and tags. The generated specs call these once a request is written, before it is sent;
 * the model's own constraints (lengths, patterns, required members) are checked by then.
 */
public final class TableRules {
  /** Most local secondary indexes per table. */
  public static final int MAX_LOCAL_INDEXES = 5;

  /** Most tags per resource. */
  public static final int MAX_TAGS = 50;

  private TableRules() {}

  /** CreateTable: keys, indexes, attribute definitions, capacity and tags. */
  public static void checkCreate(CreateTableRequest r) {
    String hash = KeySchemaElement.nameOf(r.keySchema(), KeyType.HASH);
    String range = KeySchemaElement.nameOf(r.keySchema(), KeyType.RANGE);
    if (hash == null) {
      throw new InvalidRequestException(
          "KeySchema", "has no HASH element; give the partition key: hashKey(name, type)");
    }
    if (hash.equals(range)) {
      throw new InvalidRequestException(
          "KeySchema",
          "partition and sort key are both '" + hash + "'; they must be different attributes");
    }
    BillingMode mode = r.billingMode();
    checkCapacity("ProvisionedThroughput", mode, r.provisionedThroughput(), "the table");
    Set<String> keyAttributes = new LinkedHashSet<>();
    keyAttributes.add(hash);
    if (range != null) {
      keyAttributes.add(range);
    }
    Set<String> indexNames = new HashSet<>();
    for (int i = 0; i < r.globalSecondaryIndexes().size(); i++) {
      GlobalSecondaryIndex index = r.globalSecondaryIndexes().get(i);
      String at = "GlobalSecondaryIndexes[" + i + "]";
      checkCapacity(
          at + ".ProvisionedThroughput",
          mode,
          index.provisionedThroughput(),
          "global secondary index '" + index.indexName() + "'");
      distinctIndex(indexNames, at + ".IndexName", index.indexName());
      index.keySchema().forEach(e -> keyAttributes.add(e.attributeName()));
    }
    // No check of the number of global indexes: 20 is a default quota an account can have raised.
    List<LocalSecondaryIndex> locals = r.localSecondaryIndexes();
    if (locals.size() > MAX_LOCAL_INDEXES) {
      throw new InvalidRequestException(
          "LocalSecondaryIndexes",
          "has " + locals.size() + " indexes; a table has at most " + MAX_LOCAL_INDEXES);
    }
    if (!locals.isEmpty() && range == null) {
      throw new InvalidRequestException(
          "LocalSecondaryIndexes",
          "are given but the table has no sort key; local secondary indexes need a table with a"
              + " sort key (rangeKey)");
    }
    for (int i = 0; i < locals.size(); i++) {
      LocalSecondaryIndex index = locals.get(i);
      String at = "LocalSecondaryIndexes[" + i + "]";
      distinctIndex(indexNames, at + ".IndexName", index.indexName());
      String indexHash = KeySchemaElement.nameOf(index.keySchema(), KeyType.HASH);
      if (!hash.equals(indexHash)) {
        throw new InvalidRequestException(
            at + ".KeySchema",
            "has partition key '"
                + indexHash
                + "'; a local secondary index has the table's partition key, '"
                + hash
                + "'");
      }
      index.keySchema().forEach(e -> keyAttributes.add(e.attributeName()));
    }
    checkDefinitions(r.attributeDefinitions(), keyAttributes, true);
    checkTags(r.tags());
  }

  /** UpdateTable: capacity against the billing mode, one index created or deleted, definitions. */
  public static void checkUpdate(UpdateTableRequest r) {
    if (changesNothing(r)) {
      throw new InvalidRequestException(
          "UpdateTable", "changes nothing; give at least one setting to change");
    }
    BillingMode mode = r.billingMode();
    if (mode != null && mode.isKnown()) {
      checkCapacity("ProvisionedThroughput", mode, r.provisionedThroughput(), "the table");
    }
    int createsOrDeletes = 0;
    Set<String> created = new LinkedHashSet<>();
    for (GlobalSecondaryIndexUpdate u : r.globalSecondaryIndexUpdates()) {
      int actions = (u.create() == null ? 0 : 1) + (u.update() == null ? 0 : 1);
      actions += u.delete() == null ? 0 : 1;
      if (actions != 1) {
        throw new InvalidRequestException(
            "GlobalSecondaryIndexUpdates",
            "has an update with "
                + actions
                + " actions; each gives exactly one of Create, Update and Delete");
      }
      if (u.create() != null) {
        createsOrDeletes++;
        u.create().keySchema().forEach(e -> created.add(e.attributeName()));
      }
      if (u.delete() != null) {
        createsOrDeletes++;
      }
    }
    if (createsOrDeletes > 1) {
      throw new InvalidRequestException(
          "GlobalSecondaryIndexUpdates",
          "creates or deletes "
              + createsOrDeletes
              + " indexes; DynamoDB creates or deletes one global secondary index per UpdateTable");
    }
    checkDefinitions(r.attributeDefinitions(), created, false);
  }

  private static boolean changesNothing(UpdateTableRequest r) {
    return r.attributeDefinitions().isEmpty()
        && r.billingMode() == null
        && r.provisionedThroughput() == null
        && r.globalSecondaryIndexUpdates().isEmpty()
        && r.streamSpecification() == null
        && r.sseSpecification() == null
        && r.replicaUpdates().isEmpty()
        && r.tableClass() == null
        && r.deletionProtectionEnabled() == null
        && r.multiRegionConsistency() == null
        && r.globalTableWitnessUpdates().isEmpty()
        && r.onDemandThroughput() == null
        && r.warmThroughput() == null
        && r.globalTableSettingsReplicationMode() == null
        && r.vectorIndexUpdates().isEmpty();
  }

  /** TagResource: the number of tags and distinct keys. */
  public static void checkTagResource(TagResourceRequest r) {
    checkTags(r.tags());
  }

  /** Checks that capacity is given exactly when the mode is PROVISIONED (or not given). */
  public static void checkCapacity(
      String field, BillingMode mode, ProvisionedThroughput throughput, String what) {
    if (BillingMode.PAY_PER_REQUEST.equals(mode) && throughput != null) {
      throw new InvalidRequestException(
          field,
          "is given for "
              + what
              + " but BillingMode is PAY_PER_REQUEST; capacity is only set for PROVISIONED");
    }
    if (!BillingMode.PAY_PER_REQUEST.equals(mode) && throughput == null) {
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

  private static void distinctIndex(Set<String> names, String field, String name) {
    if (!names.add(name)) {
      throw new InvalidRequestException(
          field, "'" + name + "' is used twice; index names must be distinct in a table");
    }
  }

  /**
   * Each key attribute defined once with one type; with {@code exact}, no definition of an
   * attribute that is no key (DynamoDB refuses those).
   */
  private static void checkDefinitions(
      List<AttributeDefinition> definitions, Set<String> keyAttributes, boolean exact) {
    Map<String, AttributeDefinition> byName = new LinkedHashMap<>();
    for (AttributeDefinition d : definitions) {
      AttributeDefinition before = byName.putIfAbsent(d.attributeName(), d);
      if (before != null) {
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
    for (String key : keyAttributes) {
      if (!byName.containsKey(key)) {
        throw new InvalidRequestException(
            "AttributeDefinitions",
            "has no type for key attribute '"
                + key
                + "'; every attribute in a key schema is defined (hashKey(name, type) does it)");
      }
    }
    if (exact) {
      for (String defined : byName.keySet()) {
        if (!keyAttributes.contains(defined)) {
          throw new InvalidRequestException(
              "AttributeDefinitions",
              "defines '"
                  + defined
                  + "', which is in no key schema; DynamoDB takes definitions of key attributes"
                  + " only");
        }
      }
    }
  }
}
