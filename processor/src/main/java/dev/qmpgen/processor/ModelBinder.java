package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.SpecDocument;
import dev.qmpgen.spec.WholeData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides the Java name and type of everything generated from a spec.
 *
 * <p>Object shapes: two objects held by fields of the same name, with the same members (same wire
 * names, types, optionality, listed values and nested shapes, in any order), are one record. The
 * record is named after the field that holds it, prefixed by the leading words common to the names
 * of every type holding it: the {@code server} of VNC_CONNECTED, VNC_DISCONNECTED and
 * VNC_INITIALIZED is {@code VncServer}; the three-member {@code client} only VNC_CONNECTED has is
 * {@code VncConnectedClient}, the five-member one of the other two is {@code VncClient}. The
 * element record of an array of objects takes the singular of the field name ({@code clients} →
 * {@code Client}). A name already taken gets a number.
 */
final class ModelBinder {

  /** Names the package's own generated types and common {@code java.lang} types take. */
  private static final Set<String> RESERVED_TYPES =
      Stream.of(
              GeneratedNames.PACKAGE_TYPES.stream(),
              Stream.of(
                      Types.QMP_EVENT,
                      Types.TIMESTAMP,
                      Types.RAW_JSON,
                      Types.ENUMERATED,
                      Types.UNKNOWN_EVENT,
                      Types.FAILED_EVENT,
                      Types.EVENT_CODEC,
                      Types.EVENT_CATALOG,
                      Types.EVENT_REGISTRY,
                      EventDescriptionsWriter.EVENT_DESCRIPTION,
                      EventDescriptionsWriter.MEMBER_DESCRIPTION,
                      EventDescriptionsWriter.JSON_KIND)
                  .map(ClassName::simpleName),
              Stream.of(
                  "Object",
                  "String",
                  "Override",
                  "Generated",
                  "Long",
                  "Boolean",
                  "Record",
                  "Enum",
                  "Class",
                  "Deprecated",
                  "Integer",
                  "Number",
                  "Math",
                  "System"))
          .flatMap(names -> names)
          .collect(Collectors.toUnmodifiableSet());

  /** Component names the records already use, and {@code Object} methods records may not shadow. */
  private static final Set<String> RESERVED_MEMBERS =
      Stream.concat(
              GeneratedNames.MEMBERS.stream(),
              Stream.of(
                  "hashCode",
                  "toString",
                  "equals",
                  "getClass",
                  "notify",
                  "notifyAll",
                  "wait",
                  "clone",
                  "finalize"))
          .collect(Collectors.toUnmodifiableSet());

  private final SpecDocument document;
  private final String packageName;

  /**
   * How the binder's naming decisions are reported: a capture's are notes, a spec text's warnings.
   */
  private final Diagnostic.Severity naming;

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> takenTypes = new HashSet<>(RESERVED_TYPES);
  private final Map<ShapeKey, ShapeUse> shapes = new LinkedHashMap<>();
  private final Map<ShapeKey, String> candidateNames = new HashMap<>();
  private final Map<ShapeKey, ObjectBinding> objects = new LinkedHashMap<>();
  private final List<UnionBinding> unions = new ArrayList<>();
  private final List<AlternateBinding> alternates = new ArrayList<>();
  private final Map<ShapeKey, ClassName> shapeTypes = new HashMap<>();
  private final SharedEnums sharedEnums = new SharedEnums();

  /** Per type name, the number suffix to try first: every smaller one is taken. */
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  private ModelBinder(SpecDocument document, String packageName, Diagnostic.Severity naming) {
    this.document = document;
    this.packageName = packageName;
    this.naming = naming;
  }

  static Bindings bind(SpecDocument document, String packageName) {
    return bind(document, packageName, Diagnostic.Severity.WARNING);
  }

  static Bindings bind(SpecDocument document, String packageName, Diagnostic.Severity naming) {
    return new ModelBinder(document, packageName, naming).bind();
  }

  private Bindings bind() {
    Map<EventSpec, ClassName> eventTypes = new LinkedHashMap<>();
    for (EventSpec event : document.events()) {
      eventTypes.put(event, ClassName.get(packageName, eventTypeName(event)));
    }
    eventTypes.forEach(
        (event, type) -> collectShapes(new Owner.Event(type.simpleName()), event, event.fields()));
    for (ShapeKey key : shapes.keySet()) {
      String name = uniqueType(candidateName(key));
      takenTypes.add(name);
      shapeTypes.put(key, ClassName.get(packageName, name));
    }
    sharedEnums.name(
        packageName,
        this::ownerName,
        name -> {
          String unique = uniqueType(name);
          takenTypes.add(unique);
          return unique;
        });
    List<EventBinding> events = new ArrayList<>();
    eventTypes.forEach((event, type) -> events.add(eventBinding(event, type)));
    shapes.forEach(
        (key, use) -> {
          switch (use.firstUse.type()) {
            case UNION -> unions.add(union(key));
            case ALTERNATE -> alternates.add(alternate(key));
            default -> object(key);
          }
        });
    return new Bindings(
        packageName,
        document.file(),
        events,
        List.copyOf(objects.values()),
        diagnostics,
        unions,
        alternates,
        sharedEnums.all(),
        document.origin());
  }

  /** {@code - data: Type as described in ...} binds the whole data object as one raw member. */
  private EventBinding eventBinding(EventSpec event, ClassName type) {
    return WholeData.field(event.fields())
        .map(
            field ->
                new EventBinding(
                    event,
                    type,
                    List.of(),
                    Optional.of(Member.plain(field, "data", Member.Kind.RAW))))
        .orElseGet(() -> new EventBinding(event, type, members(type, event.fields())));
  }

  private String eventTypeName(EventSpec event) {
    String name = NameMangler.typeName(event.name(), "Event");
    if (takenTypes.contains(name)) {
      String renamed = uniqueType(name + "Event");
      decision(
          event.position(),
          "the Java name "
              + name
              + " of event "
              + event.name()
              + " is taken; the event type is named "
              + renamed);
      name = renamed;
    }
    takenTypes.add(name);
    return name;
  }

  /**
   * {@link NameMangler#unique} over {@code takenTypes}, which only grows: the search resumes where
   * the last one for the same name stopped, so that thousands of shapes wanting one name cost
   * linear time, not quadratic.
   */
  private String uniqueType(String name) {
    if (!takenTypes.contains(name)) {
      return name;
    }
    int suffix = nextSuffix.getOrDefault(name, 2);
    while (takenTypes.contains(name + suffix)) {
      suffix++;
    }
    nextSuffix.put(name, suffix);
    return name + suffix;
  }

  /** Records, for every object shape, which types hold it under which field (first pass). */
  private void collectShapes(Owner owner, EventSpec event, List<FieldSpec> fields) {
    for (FieldSpec field : fields) {
      sharedEnums.use(owner, event, field);
      // The schema's arrays of anything: the element's shapes, named as an array's elements are.
      field
          .element()
          .ifPresent(element -> collectShapes(owner, event, List.of(elementOf(field, element))));
      if (!hasShape(field)) {
        continue;
      }
      ShapeKey key = shapeKey(field);
      boolean seen = shapes.containsKey(key);
      ShapeUse use = shapes.computeIfAbsent(key, k -> new ShapeUse(field));
      use.owners.add(owner);
      use.events.add(event.name());
      if (!seen) {
        // A union's tag enum is its own, nested in the union's interface.
        Owner shape = new Owner.Shape(key);
        collectShapes(
            shape,
            event,
            field.fields().stream()
                .filter(f -> field.tag().map(tag -> !tag.equals(f.name())).orElse(true))
                .toList());
        field.variants().forEach(variant -> collectShapes(shape, event, variant.fields()));
        // An alternative's object is the alternate's value: PropertySetSetting's is
        // PropertySetSettingValue.
        collectShapes(
            shape, event, field.alternatives().stream().map(a -> a.withName("value")).toList());
      }
    }
  }

  private String candidateName(ShapeKey key) {
    String cached = candidateNames.get(key);
    if (cached != null) {
      return cached;
    }
    ShapeUse use = shapes.get(key);
    String name =
        NameMangler.sharedName(use.owners.stream().map(this::ownerName).toList(), key.holder());
    candidateNames.put(key, name);
    return name;
  }

  private String ownerName(Owner owner) {
    if (owner instanceof Owner.Event event) {
      return event.typeName();
    }
    return candidateName(((Owner.Shape) owner).key());
  }

  private ObjectBinding object(ShapeKey key) {
    ObjectBinding existing = objects.get(key);
    if (existing != null) {
      return existing;
    }
    ShapeUse use = shapes.get(key);
    ClassName type = shapeTypes.get(key);
    ObjectBinding binding =
        new ObjectBinding(
            type, use.firstUse, List.copyOf(use.events), members(type, use.firstUse.fields()));
    objects.put(key, binding);
    return binding;
  }

  private List<Member> members(ClassName owner, List<FieldSpec> fields) {
    Set<String> taken = new HashSet<>(RESERVED_MEMBERS);
    Set<String> nestedTypes = new HashSet<>(Set.of(owner.simpleName()));
    List<Member> members = new ArrayList<>();
    for (FieldSpec field : fields) {
      String name = memberName(owner, field, taken);
      taken.add(name);
      Member.Kind kind = kind(field);
      members.add(
          switch (kind) {
            case ENUM -> enumMember(owner, field, name, nestedTypes);
            case OBJECT, OBJECT_LIST -> Member.object(field, name, kind, object(shapeKey(field)));
            case VALUE -> Member.value(field, name, valueType(owner, field, name, nestedTypes));
            default -> Member.plain(field, name, kind);
          });
    }
    return members;
  }

  private String memberName(ClassName owner, FieldSpec field, Set<String> taken) {
    String name = NameMangler.memberName(field.name());
    if (NameMangler.memberNameAdjusted(field.name())) {
      accessorDecision(owner, field, "is not a legal Java name", name);
    }
    if (taken.contains(name)) {
      String renamed =
          RESERVED_MEMBERS.contains(name)
              ? NameMangler.unique(name + "_", taken)
              : NameMangler.unique(name, taken);
      accessorDecision(owner, field, "clashes with " + name + "()", renamed);
      name = renamed;
    }
    return name;
  }

  /** Notes why a member's accessor is not named as its field: {@code field "x" of T <why>; ...}. */
  private void accessorDecision(ClassName owner, FieldSpec field, String why, String accessor) {
    decision(
        field.position(),
        "field \""
            + field.name()
            + "\" of "
            + owner.simpleName()
            + " "
            + why
            + "; its accessor is "
            + accessor
            + "()");
  }

  private void decision(Position position, String message) {
    diagnostics.add(new Diagnostic(naming, position, message));
  }

  /** The constants of listed values: one per wire name, none named as the enum's own table. */
  static List<Member.Constant> constants(List<EnumValue> values) {
    Set<String> taken = new HashSet<>(Set.of(GeneratedNames.LISTED));
    Set<String> wireNames = new HashSet<>();
    List<Member.Constant> constants = new ArrayList<>();
    for (EnumValue value : values) {
      if (wireNames.add(value.name())) {
        String name = NameMangler.unique(NameMangler.constantName(value.name()), taken);
        taken.add(name);
        constants.add(new Member.Constant(value, name));
      }
    }
    return constants;
  }

  private static Member.Kind kind(FieldSpec field) {
    return switch (field.type()) {
      case STRING -> field.isEnumerated() ? Member.Kind.ENUM : Member.Kind.STRING;
      case INT -> Member.Kind.INT;
      case NUMBER -> Member.Kind.NUMBER;
      case BOOL -> Member.Kind.BOOL;
      case OBJECT -> field.fields().isEmpty() ? Member.Kind.RAW : Member.Kind.OBJECT;
      case ARRAY ->
          field.element().isPresent()
              ? Member.Kind.VALUE
              : field.fields().isEmpty() ? Member.Kind.RAW_LIST : Member.Kind.OBJECT_LIST;
      case OPAQUE, UNRECOGNISED, ANY, NULL -> Member.Kind.RAW;
      case UINT64 -> Member.Kind.UNSIGNED;
      case UNION, ALTERNATE -> Member.Kind.VALUE;
    };
  }

  private static ShapeKey shapeKey(FieldSpec field) {
    return ShapeKey.of(field, holderName(field));
  }

  /** The name the record takes from its field: the singular for an array's elements. */
  private static String holderName(FieldSpec field) {
    return field.type() == JsonType.ARRAY ? NameMangler.singular(field.name()) : field.name();
  }

  private static boolean hasShape(FieldSpec field) {
    return field.type() == JsonType.UNION
        || field.type() == JsonType.ALTERNATE
        || ((field.type() == JsonType.OBJECT || field.type() == JsonType.ARRAY)
            && !field.fields().isEmpty());
  }

  /**
   * The type of a value only the schema describes. An enumeration inside it (an array of enum
   * values, an alternate's enum choice) is nested in {@code owner}, named after the member.
   */
  private ValueType valueType(
      ClassName owner, FieldSpec field, String javaName, Set<String> nestedTypes) {
    return switch (field.type()) {
      case STRING ->
          field.isEnumerated()
              ? new ValueType.Enumeration(enumMember(owner, field, javaName, nestedTypes))
              : new ValueType.Scalar(Member.Kind.STRING);
      case INT -> new ValueType.Scalar(Member.Kind.INT);
      case UINT64 -> new ValueType.Scalar(Member.Kind.UNSIGNED);
      case NUMBER -> new ValueType.Scalar(Member.Kind.NUMBER);
      case BOOL -> new ValueType.Scalar(Member.Kind.BOOL);
      case OBJECT ->
          field.fields().isEmpty()
              ? new ValueType.Scalar(Member.Kind.RAW)
              : new ValueType.Record(object(shapeKey(field)).type());
      case ARRAY ->
          new ValueType.ListOf(
              field
                  .element()
                  .map(
                      element -> valueType(owner, elementOf(field, element), javaName, nestedTypes))
                  .orElseGet(
                      () ->
                          field.fields().isEmpty()
                              ? new ValueType.Scalar(Member.Kind.RAW)
                              : new ValueType.Record(object(shapeKey(field)).type())));
      case UNION -> new ValueType.Record(shapeTypes.get(shapeKey(field)));
      case ALTERNATE -> new ValueType.Alternate(shapeTypes.get(shapeKey(field)));
      case ANY, NULL, OPAQUE, UNRECOGNISED -> new ValueType.Scalar(Member.Kind.RAW);
    };
  }

  /** The enum of an enumerated field: a shared top-level one, or one nested in {@code owner}. */
  private Member enumMember(
      ClassName owner, FieldSpec field, String javaName, Set<String> nestedTypes) {
    Optional<ClassName> shared = sharedEnums.type(field);
    if (shared.isPresent()) {
      return Member.enumerated(field, javaName, shared.get(), constants(field.values()));
    }
    return nestedEnumMember(owner, field, javaName, nestedTypes);
  }

  private static Member nestedEnumMember(
      ClassName owner, FieldSpec field, String javaName, Set<String> nestedTypes) {
    String enumName =
        NameMangler.unique(NameMangler.capitalise(javaName.replace("_", "")), nestedTypes);
    nestedTypes.add(enumName);
    return Member.enumerated(
        field, javaName, owner.nestedClass(enumName), constants(field.values()));
  }

  /**
   * A union's interface, its tag enum and one record per listed tag value: the common members but
   * the tag, then the variant's own (none for a value without a variant).
   */
  private UnionBinding union(ShapeKey key) {
    ShapeUse use = shapes.get(key);
    ClassName type = shapeTypes.get(key);
    String tag = use.firstUse.tag().orElseThrow();
    Set<String> nested = new HashSet<>(Set.of(type.simpleName(), GeneratedNames.UNLISTED));
    FieldSpec tagField =
        use.firstUse.fields().stream().filter(f -> f.name().equals(tag)).findFirst().orElseThrow();
    Member tagMember = nestedEnumMember(type, tagField, NameMangler.memberName(tag), nested);
    List<FieldSpec> common =
        use.firstUse.fields().stream().filter(f -> !f.name().equals(tag)).toList();
    List<UnionBinding.Variant> variants = new ArrayList<>();
    for (Member.Constant value : tagMember.enumConstants()) {
      List<FieldSpec> fields = new ArrayList<>(common);
      use.firstUse.variants().stream()
          .filter(v -> v.value().equals(value.value().name()))
          .findFirst()
          .ifPresent(variant -> fields.addAll(variant.fields()));
      ClassName variantType =
          type.nestedClass(
              NameMangler.unique(NameMangler.typeName(value.value().name(), "Variant"), nested));
      nested.add(variantType.simpleName());
      variants.add(new UnionBinding.Variant(value, variantType, members(variantType, fields)));
    }
    return new UnionBinding(
        type,
        use.firstUse,
        List.copyOf(use.events),
        tagMember,
        variants,
        type.nestedClass(GeneratedNames.UNLISTED));
  }

  /** An alternate's interface and one record per alternative, named for its JSON kind. */
  private AlternateBinding alternate(ShapeKey key) {
    ShapeUse use = shapes.get(key);
    ClassName type = shapeTypes.get(key);
    Set<String> nested = new HashSet<>(Set.of(type.simpleName()));
    String javaName = NameMangler.memberName(use.firstUse.name());
    List<AlternateBinding.Alternative> alternatives = new ArrayList<>();
    for (FieldSpec alternative : use.firstUse.alternatives()) {
      ClassName record = type.nestedClass(NameMangler.unique(alternativeName(alternative), nested));
      nested.add(record.simpleName());
      Optional<ValueType> value =
          alternative.type() == JsonType.NULL
              ? Optional.empty()
              : Optional.of(valueType(type, alternative.withName("value"), javaName, nested));
      alternatives.add(new AlternateBinding.Alternative(alternative, record, value));
    }
    return new AlternateBinding(type, use.firstUse, List.copyOf(use.events), alternatives);
  }

  private static String alternativeName(FieldSpec alternative) {
    return switch (alternative.type()) {
      case STRING -> alternative.isEnumerated() ? "EnumValue" : "StringValue";
      case INT -> "IntValue";
      case UINT64 -> "UnsignedValue";
      case NUMBER -> "NumberValue";
      case BOOL -> "BoolValue";
      case NULL -> "NullValue";
      case OBJECT, UNION -> "ObjectValue";
      case ARRAY -> "ArrayValue";
      case ALTERNATE, ANY, OPAQUE, UNRECOGNISED -> "AnyValue";
    };
  }

  /**
   * The element of an array, named as the spec text's arrays of objects name theirs: {@code rows}'
   * element is {@code row}. An element that is itself an array keeps the name, as the array's rule
   * takes the singular once: {@code grid}'s cells are {@code gridElement}, not {@code
   * gridElementElement}.
   */
  private static FieldSpec elementOf(FieldSpec array, FieldSpec element) {
    return element.withName(
        element.type() == JsonType.ARRAY ? array.name() : NameMangler.singular(array.name()));
  }

  /**
   * Where one shape is used: the types holding it and the events. The field name is the key's
   * {@link ShapeKey#holder}, the same for every use.
   */
  private static final class ShapeUse {
    final FieldSpec firstUse;
    final List<Owner> owners = new ArrayList<>();
    final Set<String> events = new LinkedHashSet<>();

    ShapeUse(FieldSpec firstUse) {
      this.firstUse = firstUse;
    }
  }
}
