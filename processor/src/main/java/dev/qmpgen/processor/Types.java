package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Map;

/**
 * The types generated code refers to. The processor cannot depend on the runtime (the runtime is
 * built with the processor), so runtime types are named, not loaded.
 */
final class Types {

  private static final String RUNTIME = "dev.qmpgen.runtime";
  private static final String INTERNAL = RUNTIME + ".internal";
  private static final String JACKSON_CORE = "tools.jackson.core";
  private static final String ANNOTATIONS = "com.fasterxml.jackson.annotation";

  static final ClassName GENERATE_QMP_EVENTS = ClassName.get(RUNTIME, "GenerateQmpEvents");
  static final ClassName QMP_EVENT = ClassName.get(RUNTIME, "QmpEvent");
  static final ClassName TIMESTAMP = ClassName.get(RUNTIME, "Timestamp");
  static final ClassName RAW_JSON = ClassName.get(RUNTIME, "RawJson");
  static final ClassName ENUMERATED = ClassName.get(RUNTIME, "Enumerated");
  static final ClassName EVENT_CODEC = ClassName.get(RUNTIME, "EventCodec");
  static final ClassName EVENT_CATALOG = ClassName.get(RUNTIME, "EventCatalog");
  static final ClassName EVENT_REGISTRY = ClassName.get(RUNTIME, "EventRegistry");
  static final ClassName UNKNOWN_EVENT = ClassName.get(RUNTIME, "UnknownEvent");
  static final ClassName FAILED_EVENT = ClassName.get(RUNTIME, "FailedEvent");
  static final ClassName DECODE_EXCEPTION = ClassName.get(RUNTIME, "DecodeException");
  static final ClassName FIELD_READER = ClassName.get(INTERNAL, "FieldReader");
  static final ClassName NAME_TABLE = ClassName.get(INTERNAL, "NameTable");
  static final ClassName UNKNOWN_FIELDS = ClassName.get(INTERNAL, "UnknownFields");
  static final ClassName COLLECTED_FIELDS = UNKNOWN_FIELDS.nestedClass("Collected");
  static final ClassName SEEN_MEMBERS = ClassName.get(INTERNAL, "SeenMembers");
  static final ClassName SCHEMA_VALUES = ClassName.get(INTERNAL, "SchemaValues");

  static final ClassName JSON_PARSER = ClassName.get(JACKSON_CORE, "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get(JACKSON_CORE, "JsonGenerator");
  static final ClassName JSON_TOKEN = ClassName.get(JACKSON_CORE, "JsonToken");
  static final ClassName NAME_MATCHER = ClassName.get(JACKSON_CORE + ".sym", "PropertyNameMatcher");

  static final ClassName JSON_CREATOR = ClassName.get(ANNOTATIONS, "JsonCreator");
  static final ClassName JSON_PROPERTY = ClassName.get(ANNOTATIONS, "JsonProperty");
  static final ClassName JSON_PROPERTY_ORDER = ClassName.get(ANNOTATIONS, "JsonPropertyOrder");
  static final ClassName JSON_IGNORE = ClassName.get(ANNOTATIONS, "JsonIgnore");
  static final ClassName JSON_INCLUDE = ClassName.get(ANNOTATIONS, "JsonInclude");
  static final ClassName JSON_ANY_GETTER = ClassName.get(ANNOTATIONS, "JsonAnyGetter");
  static final ClassName JSON_ANY_SETTER = ClassName.get(ANNOTATIONS, "JsonAnySetter");
  static final ClassName JSON_VALUE = ClassName.get(ANNOTATIONS, "JsonValue");
  static final ClassName JSON_CREATOR_MODE = JSON_CREATOR.nestedClass("Mode");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** {@code Map<String, RawJson>}, the type of every {@code unknownFields} component. */
  static final TypeName UNKNOWN_FIELDS_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), RAW_JSON);

  private Types() {}
}
