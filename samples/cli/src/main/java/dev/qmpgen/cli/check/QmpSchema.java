package dev.qmpgen.cli.check;

import dev.qmpgen.cli.json.JsonTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The reply to {@code query-qmp-schema}, indexed: QEMU's list of SchemaInfo objects, where events
 * name an {@code arg-type} and types refer to each other by (mostly numbered) names.
 */
final class QmpSchema {

  /** One member of an object type; {@code "default": null} is how the schema marks it optional. */
  record Member(String name, String typeName, boolean optional) {}

  private final Map<String, Map<String, Object>> typesByName = new LinkedHashMap<>();
  private final Map<String, String> eventArgTypes = new LinkedHashMap<>();

  /**
   * @param schemaInfos the {@code return} value of {@code query-qmp-schema}
   * @throws IllegalArgumentException if it is not a list of SchemaInfo objects
   */
  QmpSchema(Object schemaInfos) {
    if (!(schemaInfos instanceof List<?> infos)) {
      throw new IllegalArgumentException("query-qmp-schema did not return a list");
    }
    for (Object info : infos) {
      Map<String, Object> entry = object(info, "a SchemaInfo");
      String name = string(entry.get("name"));
      if ("event".equals(entry.get("meta-type"))) {
        // An event without data names the empty object type, or (in older QEMUs) nothing.
        eventArgTypes.put(name, entry.get("arg-type") instanceof String arg ? arg : "");
      } else {
        typesByName.put(name, entry);
      }
    }
  }

  /** The names of the events this QEMU can send, sorted. */
  TreeSet<String> eventNames() {
    return new TreeSet<>(eventArgTypes.keySet());
  }

  /** The members of an event's data, empty for an event without data. */
  List<Member> eventMembers(String eventName) {
    return members(eventArgTypes.getOrDefault(eventName, ""));
  }

  /**
   * The members of an object type. A union's variant members count as optional: each is present
   * only for some values of the tag.
   */
  List<Member> members(String typeName) {
    Map<String, Object> type = typesByName.get(typeName);
    if (type == null || !"object".equals(type.get("meta-type"))) {
      return List.of();
    }
    List<Member> members = new ArrayList<>();
    for (Object raw : list(type.get("members"))) {
      Map<String, Object> member = object(raw, "a member");
      members.add(new Member(string(member.get("name")), string(member.get("type")),
          member.containsKey("default")));
    }
    for (Object raw : list(type.get("variants"))) {
      for (Member variant : members(string(object(raw, "a variant").get("type")))) {
        if (members.stream().noneMatch(m -> m.name().equals(variant.name()))) {
          members.add(new Member(variant.name(), variant.typeName(), true));
        }
      }
    }
    return members;
  }

  /** The meta-type of a type: builtin, enum, array, object, alternate; empty if unknown. */
  Optional<String> metaType(String typeName) {
    Map<String, Object> type = typesByName.get(typeName);
    return type == null ? Optional.empty() : Optional.of(string(type.get("meta-type")));
  }

  /** For a builtin, the JSON type it stands for: string, int, number, boolean, null, value. */
  Optional<String> builtinJsonType(String typeName) {
    Map<String, Object> type = typesByName.get(typeName);
    return type == null ? Optional.empty() : Optional.ofNullable((String) type.get("json-type"));
  }

  /** For an enum, its values in schema order. */
  List<String> enumValues(String typeName) {
    Map<String, Object> type = typesByName.get(typeName);
    if (type == null) {
      return List.of();
    }
    return list(type.get("values")).stream().map(QmpSchema::string).toList();
  }

  /** For an array, its element type's name. */
  String elementType(String typeName) {
    Map<String, Object> type = typesByName.get(typeName);
    return type == null ? "" : string(type.get("element-type"));
  }

  /** The JSON type of any type, as the spec would spell it, for messages and comparison. */
  String jsonTypeOf(String typeName) {
    String meta = metaType(typeName).orElse("");
    return switch (meta) {
      case "builtin" -> builtinJsonType(typeName).orElse("value");
      case "enum" -> "string";
      case "array" -> "array";
      case "object" -> "object";
      case "alternate" -> "alternate";
      default -> "unknown";
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) {
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("query-qmp-schema: expected " + what + " object");
    }
    return (Map<String, Object>) value;
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> elements ? elements : List.of();
  }

  private static String string(Object value) {
    return value instanceof String text ? text : value == null || value == JsonTree.NULL ? "" : value.toString();
  }
}
