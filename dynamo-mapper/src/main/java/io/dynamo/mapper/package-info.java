/**
 * Records as DynamoDB items, mapped at compile time: the annotations ({@link
 * io.dynamo.mapper.DynamoTable}, {@link io.dynamo.mapper.PartitionKey}, {@link
 * io.dynamo.mapper.SortKey}, {@link io.dynamo.mapper.IndexKey}, ...) that {@code
 * dynamo-mapper-processor} reads, and what the code it generates is made of: {@link
 * io.dynamo.mapper.TableSchema} and the typed attribute references {@link io.dynamo.mapper.Attr}.
 * No reflection: the generated code calls record accessors and the canonical constructor.
 */
package io.dynamo.mapper;
