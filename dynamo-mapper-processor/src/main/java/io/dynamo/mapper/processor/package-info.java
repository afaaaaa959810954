/**
 * The annotation processor that writes the {@code XSchema} class of every record annotated {@code
 * io.dynamo.mapper.DynamoTable}.
 */
package io.dynamo.mapper.processor;
