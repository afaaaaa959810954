package io.dynamo.mapper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component that is the table's partition (hash) key: a string, number or binary type (String,
 * the number types, byte[], Bytes, an enum, UUID, URI or a java.time type). Exactly one per record.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface PartitionKey {}
