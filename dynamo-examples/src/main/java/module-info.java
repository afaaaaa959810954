/** The README's walk-through as a program: {@link io.dynamo.examples.Walkthrough}. */
module io.dynamo.examples {
  requires io.dynamo.api;
  requires transitive io.dynamo.mapper; // the exported Order and OrderSchema show its types
  requires io.dynamo.testkit;
  requires io.dynamo.validation;

  exports io.dynamo.examples;

  // the validation recipe's annotated types, read by Hibernate Validator
  opens io.dynamo.examples to
      org.hibernate.validator;
}
