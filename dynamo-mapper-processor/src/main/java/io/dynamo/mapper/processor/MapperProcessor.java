package io.dynamo.mapper.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * The annotation processor of dynamo-mapper: for each record annotated {@code
 * io.dynamo.mapper.DynamoTable}, writes the class {@code XSchema} beside it with the record's item
 * codec, table schema, typed key construction and attribute references. What cannot be mapped is a
 * compile error on the element at fault, saying what to do: no partition key or two, a key of a
 * type DynamoDB cannot key on, a type without a codec, a set of something other than strings,
 * numbers or binaries, a map without string keys, two components with one attribute name.
 *
 * <p>Put it on the processor path (Maven's {@code annotationProcessorPaths}, Gradle's {@code
 * annotationProcessor}); it depends on nothing but the JDK. Found by {@code ServiceLoader} as a
 * {@code javax.annotation.processing.Processor}.
 */
public final class MapperProcessor extends AbstractProcessor {
  private static final Pattern INDEX_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  private Annotations annotations;
  private Messager messager;
  private Types types;
  private boolean failed;

  /** The processor, as {@code ServiceLoader} makes it. */
  public MapperProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    this.annotations = new Annotations(env.getElementUtils());
    this.messager = env.getMessager();
    this.types = env.getTypeUtils();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // all of them, so that -Xlint:processing finds none unclaimed
    return Set.of(
        Annotations.TABLE,
        Annotations.PARTITION_KEY,
        Annotations.SORT_KEY,
        Annotations.INDEX_KEY,
        Annotations.INDEX_SORT_KEY,
        Annotations.ATTRIBUTE,
        Annotations.WITH_CODEC,
        Annotations.REGISTRY_CODEC);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> found, RoundEnvironment round) {
    TypeElement table = processingEnv.getElementUtils().getTypeElement(Annotations.TABLE);
    if (table == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(table)) {
      failed = false;
      TableModel model = analyse(element);
      if (model != null && !failed) {
        write(model);
      }
    }
    return true;
  }

  private TableModel analyse(Element element) {
    if (element.getKind() != ElementKind.RECORD) {
      error(element, "@DynamoTable maps records: make " + element.getSimpleName() + " a record");
      return null;
    }
    TypeElement record = (TypeElement) element;
    if (!record.getTypeParameters().isEmpty()) {
      error(record, "@DynamoTable record " + record.getSimpleName() + " must not be generic");
      return null;
    }
    if (!Shapes.accessible(record)) {
      error(
          record,
          "@DynamoTable record "
              + record.getSimpleName()
              + " must not be private or local: the generated "
              + schemaName(record)
              + " beside it calls its accessors and constructor");
      return null;
    }
    AnnotationMirror t = annotations.find(record, Annotations.TABLE);
    String tableName = annotations.string(t, "value");
    if (tableName.length() < 3 || !INDEX_NAME.matcher(tableName).matches()) {
      error(
          record,
          "table name \""
              + tableName
              + "\" is not one DynamoDB takes: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-'"
              + " and '.'");
    }
    boolean storeNull = "STORE_NULL".equals(annotations.constant(t, "nulls"));
    Shapes shapes = new Shapes(packageOf(record));
    List<Shape.Component> components = components(record, shapes, storeNull);
    if (components == null) {
      return null;
    }
    Shape.Component partition = null;
    Shape.Component sort = null;
    Map<String, Shape.Component> indexPartitions = new LinkedHashMap<>();
    Map<String, Shape.Component> indexSorts = new LinkedHashMap<>();
    List<String> indexOrder = new ArrayList<>();
    for (Shape.Component c : components) {
      if (annotations.has(c.element(), Annotations.PARTITION_KEY)) {
        if (partition != null) {
          error(
              c.element(),
              record.getSimpleName()
                  + " has two partition keys, "
                  + partition.name()
                  + " and "
                  + c.name()
                  + ": keep @PartitionKey on one (the other can be the @SortKey, or an @IndexKey)");
        } else {
          partition = c;
          checkKey(c, "partition key");
        }
      }
      if (annotations.has(c.element(), Annotations.SORT_KEY)) {
        if (sort != null) {
          error(
              c.element(),
              record.getSimpleName()
                  + " has two sort keys, "
                  + sort.name()
                  + " and "
                  + c.name()
                  + ": keep @SortKey on one (another sort order is an index: @IndexSortKey)");
        } else if (c == partition) {
          error(c.element(), c.name() + " cannot be both the partition key and the sort key");
        } else {
          sort = c;
          checkKey(c, "sort key");
        }
      }
      index(c, Annotations.INDEX_KEY, indexPartitions, indexOrder, "partition key");
      index(c, Annotations.INDEX_SORT_KEY, indexSorts, indexOrder, "sort key");
    }
    if (partition == null) {
      error(
          record,
          record.getSimpleName()
              + " has no partition key: annotate the component that identifies an item"
              + " @PartitionKey");
    }
    List<TableModel.Index> indexes = new ArrayList<>();
    for (String name : indexOrder) {
      Shape.Component p = indexPartitions.get(name);
      Shape.Component s = indexSorts.get(name);
      if (p == null && sort == null && s != null) {
        error(
            s.element(),
            "index "
                + name
                + " has no @IndexKey, so it is a local index, which needs a table with a sort key:"
                + " add @IndexKey(\""
                + name
                + "\") to its partition key, or a @SortKey to the table");
      }
      if (p != null && p == s) {
        error(p.element(), "index " + name + ": one component cannot be both of its keys");
      }
      indexes.add(new TableModel.Index(name, p, s));
    }
    List<Shape.RecordShape> nested = new ArrayList<>();
    for (int i = 0; i < shapes.nested().size(); i++) {
      TypeElement n = shapes.nested().get(i);
      if (n.equals(record)) {
        continue; // a record that holds itself: its own codec serves
      }
      boolean nestedNull = storeNull;
      AnnotationMirror own = annotations.find(n, Annotations.TABLE);
      if (own != null) {
        nestedNull = "STORE_NULL".equals(annotations.constant(own, "nulls"));
      }
      List<Shape.Component> nc = components(n, shapes, nestedNull);
      if (nc == null) {
        return null;
      }
      nested.add(new Shape.RecordShape(n, nc));
    }
    return new TableModel(
        record,
        packageOf(record),
        schemaName(record),
        tableName,
        components,
        partition,
        sort,
        indexes,
        nested);
  }

  private void index(
      Shape.Component c,
      String annotation,
      Map<String, Shape.Component> byName,
      List<String> order,
      String role) {
    AnnotationMirror m = annotations.find(c.element(), annotation);
    if (m == null) {
      return;
    }
    for (String name : annotations.strings(m, "value")) {
      if (!INDEX_NAME.matcher(name).matches()) {
        error(
            c.element(),
            "index name \""
                + name
                + "\" is not one DynamoDB takes: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-'"
                + " and '.'");
        continue;
      }
      Shape.Component before = byName.get(name);
      if (before != null) {
        error(
            c.element(),
            "index "
                + name
                + " has two "
                + role
                + "s, "
                + before.name()
                + " and "
                + c.name()
                + ": name the index on one of them only");
        continue;
      }
      byName.put(name, c);
      if (!order.contains(name)) {
        order.add(name);
      }
      checkKey(c, "key of index " + name);
    }
  }

  private void checkKey(Shape.Component c, String role) {
    Shape s = c.shape();
    if (!(s instanceof Shape.Registry) || ((Shape.Registry) s).keyType() == null) {
      error(
          c.element(),
          c.name()
              + " is the "
              + role
              + " but is of type "
              + s.javaType()
              + ", which DynamoDB cannot key on: keys are strings, numbers or binaries, so use"
              + " String, a number type, byte[], Bytes, an enum, UUID or a java.time type");
    }
  }

  /** The mapped components of {@code record}, or null after an error. */
  private List<Shape.Component> components(TypeElement record, Shapes shapes, boolean storeNull) {
    List<Shape.Component> out = new ArrayList<>();
    Map<String, String> attributeNames = new LinkedHashMap<>();
    boolean ok = true;
    for (RecordComponentElement rc : record.getRecordComponents()) {
      String name = rc.getSimpleName().toString();
      AnnotationMirror a = annotations.find(rc, Annotations.ATTRIBUTE);
      String attribute = a == null ? "" : annotations.string(a, "value");
      if (attribute.isEmpty()) {
        attribute = name;
      }
      boolean nulls = storeNull;
      if (a != null) {
        String policy = annotations.constant(a, "nulls");
        if ("STORE_NULL".equals(policy)) {
          nulls = true;
        } else if ("OMIT".equals(policy)) {
          nulls = false;
        }
      }
      String other = attributeNames.put(attribute, name);
      if (other != null) {
        error(
            rc,
            record.getSimpleName()
                + "."
                + name
                + " and "
                + other
                + " are both stored as attribute \""
                + attribute
                + "\": give one another name with @Attribute(\"...\")");
        ok = false;
        continue;
      }
      Shape shape;
      try {
        shape = shape(rc, shapes);
      } catch (Shapes.NoShape e) {
        error(rc, record.getSimpleName() + "." + name + ": " + e.getMessage());
        ok = false;
        continue;
      }
      if (shape == null) {
        ok = false;
        continue;
      }
      out.add(new Shape.Component(name, attribute, shape, nulls, rc));
    }
    return ok ? out : null;
  }

  private Shape shape(RecordComponentElement rc, Shapes shapes) throws Shapes.NoShape {
    TypeMirror type = rc.asType();
    AnnotationMirror with = annotations.find(rc, Annotations.WITH_CODEC);
    if (with != null) {
      TypeMirror codec = annotations.type(with, "value");
      return checkCodec(rc, type, codec) ? shapes.custom(type, Shapes.nameOf(codec)) : null;
    }
    if (annotations.has(rc, Annotations.REGISTRY_CODEC)) {
      return shapes.trusted(type);
    }
    return shapes.of(type);
  }

  private boolean checkCodec(RecordComponentElement rc, TypeMirror type, TypeMirror codec) {
    TypeElement attributeCodec =
        processingEnv.getElementUtils().getTypeElement("io.dynamo.codec.AttributeCodec");
    if (codec == null || codec.getKind() != TypeKind.DECLARED || attributeCodec == null) {
      error(rc, "@WithCodec needs a codec class that implements AttributeCodec");
      return false;
    }
    TypeElement c = (TypeElement) ((DeclaredType) codec).asElement();
    TypeMirror boxed =
        type.getKind().isPrimitive()
            ? types.boxedClass(types.getPrimitiveType(type.getKind())).asType()
            : type;
    TypeMirror wanted = types.getDeclaredType(attributeCodec, boxed);
    if (!types.isAssignable(types.erasure(codec), types.erasure(attributeCodec.asType()))
        || !types.isAssignable(codec, wanted)) {
      error(
          rc,
          "@WithCodec("
              + c.getSimpleName()
              + ".class): "
              + c.getSimpleName()
              + " must implement AttributeCodec<"
              + boxed
              + ">");
      return false;
    }
    boolean constructor = false;
    boolean any = false;
    for (ExecutableElement e : ElementFilter.constructorsIn(c.getEnclosedElements())) {
      any = true;
      if (e.getParameters().isEmpty() && e.getModifiers().contains(Modifier.PUBLIC)) {
        constructor = true;
      }
    }
    if (c.getModifiers().contains(Modifier.ABSTRACT)
        || (any && !constructor)
        || !c.getModifiers().contains(Modifier.PUBLIC)) {
      error(
          rc,
          "@WithCodec("
              + c.getSimpleName()
              + ".class): the codec must be a public, non-abstract class with a public no-argument"
              + " constructor, which the generated code calls");
      return false;
    }
    return true;
  }

  private void write(TableModel model) {
    String qualified =
        model.packageName().isEmpty()
            ? model.schemaName()
            : model.packageName() + "." + model.schemaName();
    try {
      Writer out =
          processingEnv.getFiler().createSourceFile(qualified, model.record()).openWriter();
      try (out) {
        out.write(new SchemaWriter(model).source());
      }
    } catch (IOException e) {
      error(model.record(), "could not write " + qualified + ": " + e.getMessage());
    }
  }

  static String schemaName(TypeElement record) {
    StringBuilder sb = new StringBuilder(record.getSimpleName());
    for (Element e = record.getEnclosingElement();
        e instanceof TypeElement;
        e = e.getEnclosingElement()) {
      sb.insert(0, e.getSimpleName() + "_");
    }
    return sb.append("Schema").toString();
  }

  private static String packageOf(Element e) {
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  private void error(Element element, String message) {
    failed = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message, positioned(element));
  }

  /**
   * Where javac can place an error about {@code element}: a record component's diagnostics have no
   * source position on Java 17, so its field (declared by the same text) stands in for it.
   */
  private static Element positioned(Element element) {
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      for (Element e : element.getEnclosingElement().getEnclosedElements()) {
        if (e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(element.getSimpleName())) {
          return e;
        }
      }
    }
    return element;
  }
}
