package io.dynamo.mapper.samples;

import io.dynamo.mapper.DynamoTable;
import io.dynamo.mapper.PartitionKey;
import java.util.List;

/** A record that holds itself: a tree of names. */
@DynamoTable("trees")
public record Tree(@PartitionKey String name, List<Tree> children) {}
