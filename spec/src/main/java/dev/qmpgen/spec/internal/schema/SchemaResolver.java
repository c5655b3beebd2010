package dev.qmpgen.spec.internal.schema;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.TypeWords;
import dev.qmpgen.spec.UnionVariant;
import dev.qmpgen.spec.internal.parser.Diagnostics;
import dev.qmpgen.spec.internal.parser.FieldTree;
import dev.qmpgen.spec.internal.parser.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the entities of a {@link SchemaCapture} into the model: one {@link EventSpec} per {@code
 * event} entity, its {@code arg-type} object's members as fields, every type id the members name
 * resolved to what the type holds (QEMU masks type names as numbers, so nothing of the id is kept
 * but the structure). Events are sorted by name, so the bare {@code return} array (QEMU's order)
 * and the capture file (sorted) give the same model.
 */
final class SchemaResolver {

  /**
   * The builtin types by name, also understood when a capture does not define them (hand-written
   * snippets). QEMU's introspection reports every integer type as {@code int}; the narrower names
   * appear in schemas written by hand.
   */
  private static final Map<String, JsonType> BUILTINS =
      Map.ofEntries(
          Map.entry("str", JsonType.STRING),
          Map.entry("number", JsonType.NUMBER),
          Map.entry("bool", JsonType.BOOL),
          Map.entry("null", JsonType.NULL),
          Map.entry("any", JsonType.ANY),
          Map.entry("int", JsonType.INT),
          Map.entry("int8", JsonType.INT),
          Map.entry("int16", JsonType.INT),
          Map.entry("int32", JsonType.INT),
          Map.entry("int64", JsonType.INT),
          Map.entry("uint8", JsonType.INT),
          Map.entry("uint16", JsonType.INT),
          Map.entry("uint32", JsonType.INT),
          Map.entry("uint64", JsonType.UINT64),
          Map.entry("size", JsonType.UINT64));

  /** A builtin QEMU names otherwise, by its {@code json-type}. */
  private static final Map<String, JsonType> JSON_TYPES =
      Map.of(
          "string",
          JsonType.STRING,
          "int",
          JsonType.INT,
          "number",
          JsonType.NUMBER,
          "boolean",
          JsonType.BOOL,
          "null",
          JsonType.NULL,
          "value",
          JsonType.ANY,
          "object",
          JsonType.ANY,
          "array",
          JsonType.ANY);

  /**
   * The most type uses one capture resolves. A type is expanded afresh wherever it is used (the
   * model is a tree), so types that each use the next twice double the members per level, and types
   * that use each other resolve once per path; QEMU 7.2's events need a few hundred.
   */
  static final int MAX_TYPE_USES = 100_000;

  private final SchemaCapture capture;
  private final Diagnostics diagnostics;

  /** Type uses resolved so far, counted against {@link #MAX_TYPE_USES}. */
  private int typeUses;

  /**
   * The places in the capture already reported. A broken type is met once per path to it (every
   * member and event using it, each named in the message), so one finding per place, naming the
   * first path: else a type used twice per level repeats its error twice per level.
   */
  private final Set<Position> reported = new HashSet<>();

  /** Whether the event being resolved met an error, reported now or for an earlier event. */
  private boolean eventInError;

  /**
   * The events of a capture, sorted by name, and those whose types met an error: their model is not
   * what QEMU sends, so bindings for them would be wrong.
   */
  record Events(List<EventSpec> events, Set<String> withErrors) {}

  private SchemaResolver(SchemaCapture capture, Diagnostics diagnostics) {
    this.capture = capture;
    this.diagnostics = diagnostics;
  }

  static Events events(SchemaCapture capture, Diagnostics diagnostics) {
    SchemaResolver resolver = new SchemaResolver(capture, diagnostics);
    List<EventSpec> events = new ArrayList<>();
    Set<String> withErrors = new HashSet<>();
    for (JsonValue.Obj entity : capture.entities()) {
      if (SchemaCapture.text(entity, "meta-type").orElse("").equals("event")) {
        resolver.eventInError = false;
        Optional<EventSpec> event = resolver.event(entity);
        event.ifPresent(events::add);
        if (resolver.eventInError) {
          event.ifPresent(inError -> withErrors.add(inError.name()));
        }
      }
    }
    events.sort(Comparator.comparing(EventSpec::name));
    return new Events(events, withErrors);
  }

  private Optional<EventSpec> event(JsonValue.Obj entity) {
    String name = SchemaCapture.text(entity, "name").orElseThrow();
    Optional<JsonValue.Member> argType = entity.member("arg-type");
    if (argType.isEmpty()) {
      error(entity.position(), "event " + name + " has no \"arg-type\"");
      return Optional.empty();
    }
    List<FieldSpec> fields =
        typeOf(argType.get().value(), TypeUse.eventData(name))
            .map(data -> eventFields(name, data))
            .orElse(List.of());
    return Optional.of(
        new EventSpec(
            name,
            "",
            fields,
            List.of(),
            List.of(),
            Optional.empty(),
            entity.position(),
            features(entity)));
  }

  /** The data members of an event: those of its object, or the common ones of a boxed union. */
  private List<FieldSpec> eventFields(String event, FieldSpec data) {
    switch (data.type()) {
      case OBJECT, ANY -> {
        return data.fields();
      }
      case UNION -> {
        return unionMembers(data);
      }
      default -> {
        error(
            data.position(),
            "the \"arg-type\" of event "
                + event
                + " must be an object type, not "
                + data.type().specName());
        return List.of();
      }
    }
  }

  /**
   * The data members of an event whose data is a union ({@code 'boxed': true} in QEMU's schema):
   * the common ones, then every variant's as optional members, so each is typed whichever variant
   * comes. A name two variants give different JSON types is any JSON value, kept as it came.
   */
  private static List<FieldSpec> unionMembers(FieldSpec union) {
    Map<String, FieldSpec> members = new LinkedHashMap<>();
    union.fields().forEach(field -> members.put(field.name(), field));
    for (UnionVariant variant : union.variants()) {
      for (FieldSpec field : variant.fields()) {
        FieldSpec optional = field.withOptional(true);
        members.merge(
            field.name(),
            optional,
            (first, again) ->
                first.type() == again.type()
                    ? first
                    : described(
                        new FieldSpec(
                            field.name(),
                            JsonType.ANY,
                            true,
                            "",
                            List.of(),
                            List.of(),
                            "",
                            first.position())));
      }
    }
    return List.copyOf(members.values());
  }

  /**
   * The member {@code use} makes of the type whose id is {@code reference}, or empty after
   * reporting an id that is no string or no type.
   */
  private Optional<FieldSpec> typeOf(JsonValue reference, TypeUse use) {
    if (!(reference instanceof JsonValue.Str id)) {
      error(
          reference.position(),
          "the type of "
              + use.enclosing()
              + " must be a type name string, found "
              + reference.kind());
      return Optional.empty();
    }
    if (use.resolving().size() > FieldTree.MAX_DEPTH) {
      // As the spec text's fields: every later stage recurses once per level.
      error(
          reference.position(),
          "member \""
              + use.name()
              + "\" nests deeper than "
              + FieldTree.MAX_DEPTH
              + " levels; it is skipped with its members");
      return Optional.empty();
    }
    if (++typeUses > MAX_TYPE_USES) {
      eventInError = true;
      if (typeUses == MAX_TYPE_USES + 1) {
        error(
            reference.position(),
            "the events' types expand past "
                + MAX_TYPE_USES
                + " members (types that use each other many times); from here on, members are"
                + " skipped");
      }
      return Optional.empty();
    }
    Optional<JsonValue.Obj> entity = capture.entity(id.value());
    if (entity.isEmpty()) {
      JsonType builtin = BUILTINS.get(id.value());
      if (builtin != null) {
        return Optional.of(use.scalar(builtin, reference.position()));
      }
      error(
          reference.position(),
          "type \"" + id.value() + "\" of " + use.enclosing() + " is not defined in the capture");
      return Optional.empty();
    }
    if (use.resolving().contains(id.value())) {
      // A type that contains itself (QEMU's BlockdevRef holds BlockdevOptions, which holds
      // BlockdevRef): its inner occurrence is kept as the JSON that came, which loses nothing and
      // ends the recursion.
      return Optional.of(use.scalar(JsonType.ANY, reference.position()));
    }
    return definition(entity.get(), use.entering(id.value()))
        .map(field -> field.withTypeName(id.value()));
  }

  private Optional<FieldSpec> definition(JsonValue.Obj entity, TypeUse use) {
    String metaType = SchemaCapture.text(entity, "meta-type").orElseThrow();
    Position at = entity.position();
    return switch (metaType) {
      case "builtin" -> Optional.of(use.scalar(builtin(entity), at));
      case "enum" ->
          Optional.of(use.field(JsonType.STRING, at, TypeContents.enumValues(enumValues(entity))));
      case "array" -> array(entity, use);
      case "object" -> object(entity, use);
      case "alternate" -> alternate(entity, use);
      default -> {
        error(
            at,
            "type "
                + quotedName(entity)
                + " of "
                + use.enclosing()
                + " is a "
                + metaType
                + ", not a type a value can have");
        yield Optional.empty();
      }
    };
  }

  private JsonType builtin(JsonValue.Obj entity) {
    String name = SchemaCapture.text(entity, "name").orElseThrow();
    JsonType byName = BUILTINS.get(name);
    if (byName != null) {
      return byName;
    }
    return JSON_TYPES.getOrDefault(
        SchemaCapture.text(entity, "json-type").orElse(""), JsonType.ANY);
  }

  /** Values from {@code members} (QEMU 6.2 on, with features) or from the older {@code values}. */
  private List<EnumValue> enumValues(JsonValue.Obj entity) {
    List<EnumValue> values = new ArrayList<>();
    Optional<JsonValue> members = entity.member("members").map(JsonValue.Member::value);
    if (members.isPresent() && members.get() instanceof JsonValue.Arr array) {
      for (JsonValue item : array.items()) {
        if (item instanceof JsonValue.Obj member
            && SchemaCapture.text(member, "name").isPresent()) {
          values.add(
              new EnumValue(
                  SchemaCapture.text(member, "name").get(),
                  "",
                  member.position(),
                  features(member)));
        } else {
          error(item.position(), "an enum member must be an object with a string \"name\"");
        }
      }
      return values;
    }
    for (JsonValue item : items(entity, "values")) {
      if (item instanceof JsonValue.Str value) {
        values.add(new EnumValue(value.value(), "", value.position()));
      } else {
        error(item.position(), "an enum value must be a string, found " + item.kind());
      }
    }
    if (values.isEmpty()) {
      error(entity.position(), "enum " + quotedName(entity) + " lists no values");
    }
    return values;
  }

  private Optional<FieldSpec> array(JsonValue.Obj entity, TypeUse use) {
    Optional<JsonValue.Member> elementType = entity.member("element-type");
    if (elementType.isEmpty()) {
      error(entity.position(), "array type " + quotedName(entity) + " has no \"element-type\"");
      return Optional.empty();
    }
    return typeOf(
            elementType.get().value(), use.part(use.name(), "the elements of " + use.enclosing()))
        .map(
            element ->
                use.field(
                    JsonType.ARRAY,
                    entity.position(),
                    element.type() == JsonType.OBJECT && !element.fields().isEmpty()
                        // An array of objects with members: modelled as the spec text's are.
                        ? TypeContents.members(element.fields())
                        : TypeContents.element(element)));
  }

  private Optional<FieldSpec> object(JsonValue.Obj entity, TypeUse use) {
    String typeName = SchemaCapture.text(entity, "name").orElse("");
    List<FieldSpec> fields =
        members(entity, "object \"" + typeName + "\" of " + use.enclosing(), use.resolving());
    Optional<String> tag = SchemaCapture.text(entity, "tag");
    if (tag.isEmpty()) {
      return Optional.of(
          use.field(JsonType.OBJECT, entity.position(), TypeContents.members(fields)));
    }
    Optional<FieldSpec> tagField =
        fields.stream().filter(field -> field.name().equals(tag.get())).findFirst();
    if (tagField.isEmpty() || !tagField.get().isEnumerated()) {
      error(
          entity.member("tag").orElseThrow().keyPosition(),
          "the tag \""
              + tag.get()
              + "\" of union \""
              + typeName
              + "\" must name one of its members whose type is an enum");
      return Optional.empty();
    }
    List<UnionVariant> variants = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    tagField.get().values().forEach(value -> listed.add(value.name()));
    for (JsonValue item : items(entity, "variants")) {
      variant(item, typeName, use, listed).ifPresent(variants::add);
    }
    return Optional.of(
        use.field(
            JsonType.UNION, entity.position(), TypeContents.union(fields, tag.get(), variants)));
  }

  private Optional<UnionVariant> variant(
      JsonValue item, String union, TypeUse use, Set<String> listed) {
    Optional<String> value =
        item instanceof JsonValue.Obj object
            ? SchemaCapture.text(object, "case")
            : Optional.empty();
    Optional<JsonValue.Member> type =
        item instanceof JsonValue.Obj object ? object.member("type") : Optional.empty();
    if (value.isEmpty() || type.isEmpty()) {
      error(
          item.position(),
          "a variant of union \"" + union + "\" needs a string \"case\" and a \"type\"");
      return Optional.empty();
    }
    if (!listed.contains(value.get())) {
      error(
          item.position(),
          "variant \""
              + value.get()
              + "\" of union \""
              + union
              + "\" is not a value of its tag's enum");
      return Optional.empty();
    }
    String where = "variant \"" + value.get() + "\" of " + use.enclosing();
    return typeOf(type.get().value(), use.part(value.get(), where))
        .flatMap(
            variant -> {
              if (variant.type() != JsonType.OBJECT && variant.type() != JsonType.ANY) {
                error(
                    type.get().value().position(),
                    "the type of " + where + " must be an object type");
                return Optional.empty();
              }
              return Optional.of(new UnionVariant(value.get(), variant.fields(), item.position()));
            });
  }

  private List<FieldSpec> members(JsonValue.Obj entity, String enclosing, Set<String> resolving) {
    List<FieldSpec> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonValue item : items(entity, "members")) {
      Optional<String> name =
          item instanceof JsonValue.Obj member
              ? SchemaCapture.text(member, "name")
              : Optional.empty();
      if (name.isEmpty() || ((JsonValue.Obj) item).member("type").isEmpty()) {
        error(
            item.position(),
            "a member of " + enclosing + " needs a string \"name\" and a \"type\"");
        continue;
      }
      JsonValue.Obj member = (JsonValue.Obj) item;
      if (!names.add(name.get())) {
        error(member.position(), "duplicate member \"" + name.get() + "\" of " + enclosing);
        continue;
      }
      // QEMU marks an optional member with "default": null (no other default is introspected).
      boolean optional = member.member("default").isPresent();
      TypeUse use =
          new TypeUse(
              name.get(),
              optional,
              features(member),
              "member \"" + name.get() + "\" of " + enclosing,
              resolving);
      typeOf(member.member("type").get().value(), use)
          .map(field -> described(field.withPosition(member.position())))
          .ifPresent(fields::add);
    }
    return fields;
  }

  private Optional<FieldSpec> alternate(JsonValue.Obj entity, TypeUse use) {
    List<FieldSpec> alternatives = new ArrayList<>();
    Set<String> kinds = new HashSet<>();
    for (JsonValue item : items(entity, "members")) {
      Optional<JsonValue.Member> type =
          item instanceof JsonValue.Obj member ? member.member("type") : Optional.empty();
      if (type.isEmpty()) {
        error(item.position(), "a member of alternate " + quotedName(entity) + " needs a \"type\"");
        continue;
      }
      Optional<FieldSpec> alternative =
          typeOf(type.get().value(), use.part(use.name(), "an alternative of " + use.enclosing()));
      if (alternative.isPresent() && !kinds.add(jsonKind(alternative.get()))) {
        error(
            item.position(),
            "alternate "
                + quotedName(entity)
                + " has two alternatives of JSON kind "
                + jsonKind(alternative.get())
                + "; a value could not tell them apart");
        continue;
      }
      alternative.ifPresent(alternatives::add);
    }
    if (alternatives.isEmpty()) {
      error(entity.position(), "alternate " + quotedName(entity) + " has no usable alternative");
      return Optional.empty();
    }
    return Optional.of(
        use.field(JsonType.ALTERNATE, entity.position(), TypeContents.alternatives(alternatives)));
  }

  /** The JSON token kind a value of {@code type} starts with: what an alternate dispatches on. */
  private static String jsonKind(FieldSpec type) {
    return switch (type.type()) {
      case STRING -> "string";
      case INT, UINT64 -> "integer";
      case NUMBER -> "number";
      case BOOL -> "boolean";
      case NULL -> "null";
      case ARRAY -> "array";
      case OBJECT, UNION, ANY, OPAQUE, UNRECOGNISED, ALTERNATE -> "object";
    };
  }

  /**
   * {@code field} with what its type is as its description: a capture has no prose, and this is
   * what the schema knows ("an integer", "an array of strings"). An object's own record says what
   * it holds, so its description stays empty.
   */
  private static FieldSpec described(FieldSpec field) {
    return field.withDescription(TypeWords.description(field));
  }

  /** The name of the type {@code entity} defines, in quotes, as messages name a type. */
  private static String quotedName(JsonValue.Obj entity) {
    return "\"" + SchemaCapture.text(entity, "name").orElse("") + "\"";
  }

  private List<JsonValue> items(JsonValue.Obj entity, String key) {
    Optional<JsonValue> value = entity.member(key).map(JsonValue.Member::value);
    if (value.isPresent() && value.get() instanceof JsonValue.Arr array) {
      return array.items();
    }
    value.ifPresent(
        v -> error(v.position(), "\"" + key + "\" must be an array, found " + v.kind()));
    return List.of();
  }

  private List<String> features(JsonValue.Obj entity) {
    List<String> features = new ArrayList<>();
    for (JsonValue item : items(entity, "features")) {
      if (item instanceof JsonValue.Str feature) {
        features.add(feature.value().toLowerCase(Locale.ROOT));
      }
    }
    return features;
  }

  private void error(Position position, String message) {
    eventInError = true;
    if (reported.add(position)) {
      diagnostics.error(position, message);
    }
  }
}
