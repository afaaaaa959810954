/**
 * The requests and responses of DynamoDB's operations, and the values they are made of.
 *
 * <p>Requests are records made with {@code XRequest.builder()...build()} (simple ones also with
 * {@code XRequest.of(...)}) and changed with {@code toBuilder()}. They are checked against
 * DynamoDB's rules when they are made, before anything is sent: a violation throws {@link
 * io.dynamo.api.error.InvalidRequestException} naming DynamoDB's member ({@code TableName}, {@code
 * Key}, {@code Limit}, ...), what is wrong with the value and the rule. Builder methods are named
 * for brevity ({@code table}, {@code condition}, {@code names}, {@code values}, {@code project},
 * {@code startKey}); record components for DynamoDB's members ({@code tableName()}, {@code
 * conditionExpression()}, {@code expressionAttributeNames()}, ...). Expression values are plain
 * Java values encoded with the builder's {@code codecs(...)} registry; update actions and
 * projection paths are rendered into the final expression text, with names aliased where needed,
 * when the request is built.
 *
 * <p>A {@code null} component means "not given" (DynamoDB's default applies); collections are never
 * null, keep their insertion order and are unmodifiable. Records are immutable and thread-safe;
 * builders are not thread-safe. Responses read every field this client knows and skip the rest;
 * enum values this client does not know become {@code UNKNOWN} (statuses) or {@code null}.
 */
package io.dynamo.api.model;
