package io.dynamo.validation.internal;

/**
 * What a violation of a hand-written rule carries as its dynamic payload.
 *
 * @param rule the rule broken
 * @param value the offending value's description
 */
public record RulePayload(Rule rule, String value) {}
