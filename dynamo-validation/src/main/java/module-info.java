/**
 * Opt-in validation of DynamoDB requests and of annotated user items with Jakarta Bean Validation
 * (Hibernate Validator): {@link io.dynamo.validation.DynamoValidation}, given to {@code
 * DynamoClientBuilder.validation(...)}, checks every typed request against DynamoDB's model and the
 * rules DynamoDB applies beyond it, and every item a {@code Table} writes, before anything is sent,
 * and reports every violation at once.
 */
module io.dynamo.validation {
  requires transitive io.dynamo.api;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports io.dynamo.validation;
  // the constraint annotations and validators Hibernate Validator reads and calls
  exports io.dynamo.validation.internal to
      org.hibernate.validator;
}
