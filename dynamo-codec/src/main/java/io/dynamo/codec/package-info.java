/**
 * DynamoDB attribute values, their JSON wire format and the codecs between Java types and them.
 *
 * <ul>
 *   <li>{@link io.dynamo.codec.AttributeValue}: one record per DynamoDB type.
 *   <li>{@link io.dynamo.codec.Item} and {@link io.dynamo.codec.Key}: attribute maps made from
 *       plain Java values, with typed getters.
 *   <li>{@link io.dynamo.codec.CodecRegistry}, {@link io.dynamo.codec.AttributeCodec}, {@link
 *       io.dynamo.codec.ItemCodec}: Java types to attribute values and back, without reflection.
 *   <li>{@link io.dynamo.codec.DynamoJson}: the wire format.
 *   <li>{@link io.dynamo.codec.DynamoException}: the root of every exception the library throws.
 * </ul>
 */
package io.dynamo.codec;
