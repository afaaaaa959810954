package io.dynamo.mapper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The attribute name of a component, when it is not the component's own name: any name DynamoDB
 * takes, such as {@code "meta/source"} or a reserved word (expressions alias it for you); and,
 * optionally, its own policy for absent values.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Attribute {
  /** The attribute's name; empty for the component's name. */
  String value() default "";

  /** What an absent value or an empty set becomes; by default the record's policy. */
  Nulls nulls() default Nulls.INHERIT;
}
