package io.dynamo.mapper;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Encodes a component with a codec of yours: a class implementing {@code AttributeCodec<V>} for the
 * component's type {@code V}, with a public no-argument constructor, made once by the generated
 * code with {@code new} (no reflection). For a type the client's {@code CodecRegistry} knows, use
 * {@link RegistryCodec} instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface WithCodec {
  /** The codec's class. */
  Class<?> value();
}
