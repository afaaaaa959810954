package io.dynamo.mapper.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Works out the {@link Shape} of a component's type, or why it has none. Types the registry has
 * built-in codecs for are known here by name, so the processor needs nothing on its own path.
 */
final class Shapes {
  /** Built-in scalar types by qualified name, with the DynamoDB type a key of them has. */
  private static final Map<String, String> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", "S"),
          Map.entry("java.lang.Character", "S"),
          Map.entry("java.util.UUID", "S"),
          Map.entry("java.net.URI", "S"),
          Map.entry("java.time.Instant", "S"),
          Map.entry("java.time.LocalDate", "S"),
          Map.entry("java.time.LocalDateTime", "S"),
          Map.entry("java.time.LocalTime", "S"),
          Map.entry("java.time.OffsetDateTime", "S"),
          Map.entry("java.time.ZonedDateTime", "S"),
          Map.entry("java.time.OffsetTime", "S"),
          Map.entry("java.time.Duration", "S"),
          Map.entry("java.time.Period", "S"),
          Map.entry("java.time.Year", "S"),
          Map.entry("java.time.YearMonth", "S"),
          Map.entry("java.time.MonthDay", "S"),
          Map.entry("java.time.ZoneId", "S"),
          Map.entry("java.time.ZoneOffset", "S"),
          Map.entry("java.lang.Integer", "N"),
          Map.entry("java.lang.Long", "N"),
          Map.entry("java.lang.Short", "N"),
          Map.entry("java.lang.Byte", "N"),
          Map.entry("java.lang.Double", "N"),
          Map.entry("java.lang.Float", "N"),
          Map.entry("java.math.BigDecimal", "N"),
          Map.entry("java.math.BigInteger", "N"),
          Map.entry("io.dynamo.codec.Bytes", "B"),
          Map.entry("java.nio.ByteBuffer", "B"),
          Map.entry("java.lang.Boolean", ""),
          Map.entry("java.lang.Object", ""),
          Map.entry("io.dynamo.codec.Item", ""),
          Map.entry("io.dynamo.codec.Key", ""));

  private static final java.util.Set<String> LISTS =
      java.util.Set.of(
          "java.util.List",
          "java.util.Collection",
          "java.lang.Iterable",
          "java.util.ArrayList",
          "java.util.LinkedList");
  private static final Map<String, String> SETS =
      Map.of(
          "java.util.Set", "java.util.Set.of()",
          "java.util.HashSet", "new java.util.HashSet<>()",
          "java.util.LinkedHashSet", "new java.util.LinkedHashSet<>()",
          "java.util.SortedSet", "new java.util.TreeSet<>()",
          "java.util.NavigableSet", "new java.util.TreeSet<>()",
          "java.util.TreeSet", "new java.util.TreeSet<>()");
  private static final java.util.Set<String> MAPS =
      java.util.Set.of(
          "java.util.Map",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.SortedMap",
          "java.util.NavigableMap",
          "java.util.TreeMap");

  /** Why a type has no shape; the message says what to do. */
  static final class NoShape extends Exception {
    private static final long serialVersionUID = 1L;

    NoShape(String message) {
      super(message);
    }
  }

  private final List<TypeElement> nested = new ArrayList<>();
  private final String schemaPackage;

  /** Shapes for the schema class written in {@code schemaPackage}. */
  Shapes(String schemaPackage) {
    this.schemaPackage = schemaPackage;
  }

  /** The nested records met so far, in the order met. */
  List<TypeElement> nested() {
    return nested;
  }

  /** The shape of {@code type}, a component's own type ({@code Optional} allowed). */
  Shape of(TypeMirror type) throws NoShape {
    if (type.getKind() == TypeKind.DECLARED && nameOf(type).equals("java.util.Optional")) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      if (args.size() != 1) {
        throw new NoShape("Optional needs a type argument, such as Optional<String>");
      }
      return new Shape.Optional(inner(args.get(0)));
    }
    return inner(type);
  }

  /** The shape of a type inside another, or a component's own type other than Optional. */
  private Shape inner(TypeMirror type) throws NoShape {
    switch (type.getKind()) {
      case BOOLEAN:
        return primitive("boolean", "java.lang.Boolean", "");
      case INT:
        return primitive("int", "java.lang.Integer", "N");
      case LONG:
        return primitive("long", "java.lang.Long", "N");
      case SHORT:
        return primitive("short", "java.lang.Short", "N");
      case BYTE:
        return primitive("byte", "java.lang.Byte", "N");
      case DOUBLE:
        return primitive("double", "java.lang.Double", "N");
      case FLOAT:
        return primitive("float", "java.lang.Float", "N");
      case CHAR:
        return primitive("char", "java.lang.Character", "S");
      case ARRAY:
        if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return new Shape.Registry(
              "byte[]", "byte[]", "io.dynamo.codec.TypeRef.of(byte[].class)", "B", null);
        }
        throw new NoShape(
            "arrays other than byte[] have no codec: use a List (stored as L), or a Set of strings,"
                + " numbers or binaries (SS, NS, BS)");
      case DECLARED:
        return declared((DeclaredType) type);
      case TYPEVAR:
        throw new NoShape("a type variable has no codec: mapped records are not generic");
      case WILDCARD:
        throw new NoShape("a wildcard has no codec: give the element type, such as List<String>");
      default:
        throw new NoShape("type " + type + " has no codec");
    }
  }

  private Shape declared(DeclaredType type) throws NoShape {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    String key = SCALARS.get(name);
    if (key != null) {
      return new Shape.Registry(name, name, classRef(name), key.isEmpty() ? null : key, null);
    }
    if (element.getKind() == ElementKind.ENUM) {
      visible(element, "enum");
      String java = canonical(element);
      return new Shape.Registry(java, java, classRef(java), "S", null);
    }
    if (name.startsWith("io.dynamo.codec.AttributeValue")) {
      String java = canonical(element);
      return new Shape.Registry(java, java, classRef(java), null, null);
    }
    if (name.equals("java.util.Optional")) {
      throw new NoShape(
          "Optional only as a component's own type: inside a list or map, an element is null");
    }
    if (LISTS.contains(name) || SETS.containsKey(name) || MAPS.contains(name)) {
      if (args.isEmpty()) {
        throw new NoShape(
            "raw " + element.getSimpleName() + ": give its type arguments, such as List<String>");
      }
    }
    if (LISTS.contains(name)) {
      Shape e = inner(args.get(0));
      String java = name + "<" + e.boxedType() + ">";
      if (!e.hasRecord()) {
        return registry(
            java, "io.dynamo.codec.TypeRef.parameterized(" + name + ".class, " + e.typeRef() + ")");
      }
      if (!name.equals("java.util.List")
          && !name.equals("java.util.Collection")
          && !name.equals("java.lang.Iterable")) {
        throw new NoShape("a collection of records is read as a List: declare it List<...>");
      }
      return new Shape.ListOf(java, e);
    }
    if (SETS.containsKey(name)) {
      Shape e = inner(args.get(0));
      if (!(e instanceof Shape.Registry) || ((Shape.Registry) e).keyType() == null) {
        throw new NoShape(
            "a Set is stored as SS, NS or BS, so its elements must be strings, numbers or"
                + " binaries, not "
                + e.javaType()
                + ": use a List for anything else");
      }
      String java = name + "<" + e.boxedType() + ">";
      return new Shape.Set(
          java,
          "io.dynamo.codec.TypeRef.parameterized(" + name + ".class, " + e.typeRef() + ")",
          SETS.get(name));
    }
    if (MAPS.contains(name)) {
      if (!nameOf(args.get(0)).equals("java.lang.String")) {
        throw new NoShape(
            "DynamoDB maps (M) have string keys: declare it Map<String, "
                + args.get(1)
                + ">, or make the entries a List of records");
      }
      Shape v = inner(args.get(1));
      String java = name + "<java.lang.String, " + v.boxedType() + ">";
      if (!v.hasRecord()) {
        return registry(
            java,
            "io.dynamo.codec.TypeRef.parameterized("
                + name
                + ".class, io.dynamo.codec.TypeRef.of(java.lang.String.class), "
                + v.typeRef()
                + ")");
      }
      if (!name.equals("java.util.Map")) {
        throw new NoShape("a map of records is read as a Map: declare it Map<String, ...>");
      }
      return new Shape.MapOf(java, v);
    }
    if (element.getKind() == ElementKind.RECORD) {
      if (!element.getTypeParameters().isEmpty()) {
        throw new NoShape("generic record " + element.getSimpleName() + " cannot be mapped");
      }
      if (!accessible(element)) {
        throw new NoShape(
            "record "
                + element.getSimpleName()
                + " is private: the generated code needs to call its accessors and constructor");
      }
      visible(element, "record");
      if (!nested.contains(element)) {
        nested.add(element);
      }
      return new Shape.Nested(element, canonical(element));
    }
    throw new NoShape(
        name
            + " has no built-in codec: make it a record (stored as a map) or an enum, annotate the"
            + " component @WithCodec(YourCodec.class), or @RegistryCodec if the client's"
            + " CodecRegistry has one (registered, or from a CodecProvider)");
  }

  /** A shape for a type the registry is trusted to encode ({@code @RegistryCodec}). */
  Shape trusted(TypeMirror type) throws NoShape {
    String java = source(type);
    return registry(java, typeRefOf(type));
  }

  /** A shape for a type with a codec of the user's. */
  Shape custom(TypeMirror type, String codecClass) throws NoShape {
    return new Shape.Custom(source(type), typeRefOf(type), codecClass);
  }

  private static Shape registry(String java, String typeRef) {
    return new Shape.Registry(java, java, typeRef, null, null);
  }

  private static Shape primitive(String primitive, String boxed, String key) {
    return new Shape.Registry(
        primitive, boxed, classRef(boxed), key.isEmpty() ? null : key, primitive);
  }

  private static String classRef(String java) {
    return "io.dynamo.codec.TypeRef.of(" + java + ".class)";
  }

  /** The type as source text, for any declared type with arguments. */
  static String source(TypeMirror type) throws NoShape {
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType d = (DeclaredType) type;
        StringBuilder sb = new StringBuilder(canonical((TypeElement) d.asElement()));
        if (!d.getTypeArguments().isEmpty()) {
          sb.append('<');
          for (int i = 0; i < d.getTypeArguments().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(source(d.getTypeArguments().get(i)));
          }
          sb.append('>');
        }
        return sb.toString();
      case ARRAY:
        return source(((ArrayType) type).getComponentType()) + "[]";
      case BOOLEAN:
      case INT:
      case LONG:
      case SHORT:
      case BYTE:
      case DOUBLE:
      case FLOAT:
      case CHAR:
        return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
      default:
        throw new NoShape("type " + type + " cannot be written in generated code");
    }
  }

  private static String typeRefOf(TypeMirror type) throws NoShape {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType d = (DeclaredType) type;
      String raw = canonical((TypeElement) d.asElement());
      if (d.getTypeArguments().isEmpty()) {
        return classRef(raw);
      }
      StringBuilder sb =
          new StringBuilder("io.dynamo.codec.TypeRef.parameterized(" + raw + ".class");
      for (TypeMirror a : d.getTypeArguments()) {
        sb.append(", ").append(typeRefOf(a));
      }
      return sb.append(')').toString();
    }
    return classRef(source(type));
  }

  static String canonical(TypeElement element) {
    return element.getQualifiedName().toString();
  }

  static String nameOf(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : type.toString();
  }

  /** Fails unless the generated code, in {@link #schemaPackage}, can name {@code element}. */
  private void visible(TypeElement element, String what) throws NoShape {
    boolean everyPublic = true;
    Element e = element;
    for (; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      everyPublic &= e.getModifiers().contains(Modifier.PUBLIC);
    }
    String pkg =
        e == null
            ? ""
            : ((javax.lang.model.element.PackageElement) e).getQualifiedName().toString();
    if (!everyPublic && !pkg.equals(schemaPackage)) {
      throw new NoShape(
          what
              + " "
              + element.getSimpleName()
              + " is not public and is in another package ("
              + pkg
              + "): make it public, so that the generated code in "
              + (schemaPackage.isEmpty() ? "the unnamed package" : schemaPackage)
              + " can use it");
    }
  }

  static boolean accessible(Element element) {
    for (Element e = element;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!(e instanceof TypeElement)) {
        return false; // a local record
      }
    }
    return true;
  }
}
