package io.dynamo.mapper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component that is the sort key of the indexes named. An index with an {@link IndexKey} is a
 * global secondary index; one with only a sort key is a local secondary index, which shares the
 * table's partition key (and needs a table with a sort key).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface IndexSortKey {
  /** The names of the indexes this component is the sort key of. */
  String[] value();
}
