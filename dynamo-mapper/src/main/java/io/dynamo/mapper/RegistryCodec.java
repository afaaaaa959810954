package io.dynamo.mapper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Encodes a component with the codec the client's {@code CodecRegistry} has for its type when the
 * item is written and read: one registered on the registry, or a {@code CodecProvider}'s. For types
 * the processor cannot know have a codec, such as {@code Money} or {@code List<Money>}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface RegistryCodec {}
