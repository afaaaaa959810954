/** The generator of dynamo-api's generated sources from DynamoDB's service model (a build tool). */
module io.dynamo.codegen {
  requires com.fasterxml.jackson.core;

  exports io.dynamo.codegen;
}
