/**
 * Records as DynamoDB items, mapped at compile time: the annotations and the small runtime of the
 * code {@code dynamo-mapper-processor} generates (no reflection, nothing opened). A module whose
 * records are mapped {@code requires io.dynamo.mapper}; the processor goes on the processor path.
 */
module io.dynamo.mapper {
  requires transitive io.dynamo.api;

  exports io.dynamo.mapper;
  exports io.dynamo.mapper.support;
}
