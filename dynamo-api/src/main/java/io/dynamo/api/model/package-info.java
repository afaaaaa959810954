/** The requests and responses of DynamoDB's operations, and the values they are made of. */
package io.dynamo.api.model;
