/**
 * The DynamoDB client ({@link io.dynamo.api.DynamoClient}), its configuration, interceptors, retry
 * policy and exceptions.
 */
package io.dynamo.api;
