/**
 * The constraints of DynamoDB's service model as data: for every generated structure, request and
 * response, its members with the model's required flags, lengths, ranges, patterns and enum values;
 * and the request and response type of every operation.
 *
 * <p>This is what a validator builds on, such as the opt-in {@code dynamo-validation} module's Bean
 * Validation mapping: start from {@link io.dynamo.api.constraint.ModelConstraints#of(Class)} or
 * {@link io.dynamo.api.constraint.ModelConstraints#operation(String)}, walk {@link
 * io.dynamo.api.constraint.ShapeConstraints#members()}, read each member's value through the record
 * accessor named {@link io.dynamo.api.constraint.MemberConstraints#javaName()} and check it against
 * its {@link io.dynamo.api.constraint.ValueConstraints}. The client's own cheap checks, always on,
 * stay where they are; these tables do not change what is sent.
 *
 * <p>Everything here is immutable and thread-safe. The tables are generated from the model with the
 * rest of the API and decoded once, the first time one of them is asked for.
 */
package io.dynamo.api.constraint;
