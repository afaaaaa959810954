/**
 * Bean Validation of DynamoDB requests and user items: {@link
 * io.dynamo.validation.DynamoValidation}, what it reports ({@link
 * io.dynamo.validation.RequestValidationException}, {@link io.dynamo.validation.Violation}), and
 * the key schemas it checks keys against ({@link io.dynamo.validation.KeySchema}).
 */
package io.dynamo.validation;
