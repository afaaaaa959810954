package io.dynamo.mapper;

/**
 * What a mapped record's absent values become in its item: a {@code null}, an empty {@code
 * Optional}, or an empty set (which DynamoDB cannot store). Either way, reading gives back {@code
 * null}, an empty {@code Optional}, or an empty set; primitives and keys are always written, and an
 * absent index key is always left out (DynamoDB rejects a {@code NULL} one; the item is then not in
 * the index).
 */
public enum Nulls {
  /** The policy of the record ({@link DynamoTable#nulls()}); for a record, the same as OMIT. */
  INHERIT,
  /** The attribute is left out of the item (and an update removes it). */
  OMIT,
  /** The attribute is stored as DynamoDB's {@code NULL}. */
  STORE_NULL
}
