package io.dynamo.mapper.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads dynamo-mapper's annotations by name, so the processor needs no classes of the runtime. */
final class Annotations {
  static final String PACKAGE = "io.dynamo.mapper.";
  static final String TABLE = PACKAGE + "DynamoTable";
  static final String PARTITION_KEY = PACKAGE + "PartitionKey";
  static final String SORT_KEY = PACKAGE + "SortKey";
  static final String INDEX_KEY = PACKAGE + "IndexKey";
  static final String INDEX_SORT_KEY = PACKAGE + "IndexSortKey";
  static final String ATTRIBUTE = PACKAGE + "Attribute";
  static final String WITH_CODEC = PACKAGE + "WithCodec";
  static final String REGISTRY_CODEC = PACKAGE + "RegistryCodec";

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation {@code name} on {@code element}, or null. */
  AnnotationMirror find(Element element, String name) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(name)) {
        return m;
      }
    }
    return null;
  }

  boolean has(Element element, String name) {
    return find(element, name) != null;
  }

  /** The value of {@code member}, its default if not given. */
  Object value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  String string(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member);
    return v == null ? "" : v.toString();
  }

  /** An enum member's constant name. */
  String constant(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member);
    return v instanceof VariableElement ? ((VariableElement) v).getSimpleName().toString() : null;
  }

  List<String> strings(AnnotationMirror mirror, String member) {
    List<String> out = new ArrayList<>();
    Object v = value(mirror, member);
    if (v instanceof List) {
      for (Object o : (List<?>) v) {
        out.add(((AnnotationValue) o).getValue().toString());
      }
    }
    return out;
  }

  TypeMirror type(AnnotationMirror mirror, String member) {
    Object v = value(mirror, member);
    return v instanceof TypeMirror ? (TypeMirror) v : null;
  }
}
