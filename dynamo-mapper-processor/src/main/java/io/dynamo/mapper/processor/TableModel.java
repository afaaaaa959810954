package io.dynamo.mapper.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A mapped table as the writer needs it.
 *
 * @param record the annotated record
 * @param packageName its package ("" for the unnamed one)
 * @param schemaName the simple name of the class to write
 * @param tableName the table's name
 * @param components the record's components, in order
 * @param partition the partition key
 * @param sort the sort key, or null
 * @param indexes the secondary indexes
 * @param nested every record nested in it, directly or not
 */
record TableModel(
    TypeElement record,
    String packageName,
    String schemaName,
    String tableName,
    List<Shape.Component> components,
    Shape.Component partition,
    Shape.Component sort,
    List<Index> indexes,
    List<Shape.RecordShape> nested) {

  /** An index: a global one has a partition key of its own, a local one only a sort key. */
  record Index(String name, Shape.Component partition, Shape.Component sort) {}

  boolean isKey(Shape.Component c) {
    return c == partition || c == sort;
  }

  boolean isIndexKey(Shape.Component c) {
    for (Index i : indexes) {
      if (i.partition() == c || i.sort() == c) {
        return true;
      }
    }
    return false;
  }
}
