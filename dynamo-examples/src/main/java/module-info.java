/** The README's walk-through as a program: {@link io.dynamo.examples.Walkthrough}. */
module io.dynamo.examples {
  requires io.dynamo.api;
  requires io.dynamo.mapper;
  requires io.dynamo.testkit;

  exports io.dynamo.examples;
}
