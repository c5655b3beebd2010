package dev.qmpgen.runtime.drift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * QEMU's schema indexed: events name an {@code arg-type}, and types refer to each other by (mostly
 * numbered) names.
 */
final class QemuSchema {

  private final Map<String, SchemaInfo> types = new LinkedHashMap<>();
  private final Map<String, String> eventArgTypes = new LinkedHashMap<>();

  QemuSchema(List<SchemaInfo> infos) {
    for (SchemaInfo info : infos) {
      if (info.metaType().equals("event")) {
        // An event without data names the empty object type, or (in older QEMUs) nothing.
        eventArgTypes.put(info.name(), info.argType());
      } else {
        types.put(info.name(), info);
      }
    }
  }

  TreeSet<String> eventNames() {
    return new TreeSet<>(eventArgTypes.keySet());
  }

  List<SchemaInfo.Member> eventMembers(String event) {
    return members(eventArgTypes.getOrDefault(event, ""));
  }

  /**
   * The members of an object type. A union's variant members count as optional: each is present
   * only for some values of the tag.
   */
  List<SchemaInfo.Member> members(String typeName) {
    return members(typeName, new HashSet<>());
  }

  /**
   * {@code expanded}: the types whose members this lookup has taken already. A schema is read from
   * outside: variants that lead back to a type (no QEMU's do) would otherwise recurse without end,
   * and a type reached again by another way adds no member not already taken.
   */
  private List<SchemaInfo.Member> members(String typeName, Set<String> expanded) {
    Optional<SchemaInfo> type = type(typeName).filter(info -> info.metaType().equals("object"));
    if (type.isEmpty() || !expanded.add(typeName)) {
      return List.of();
    }
    List<SchemaInfo.Member> members = new ArrayList<>(type.get().members());
    for (String variant : type.get().variantTypes()) {
      for (SchemaInfo.Member member : members(variant, expanded)) {
        if (members.stream().noneMatch(m -> m.name().equals(member.name()))) {
          members.add(new SchemaInfo.Member(member.name(), member.type(), true));
        }
      }
    }
    return members;
  }

  /**
   * The JSON type of any type: string, int, number, boolean, null, value, array, object, alternate.
   */
  String jsonTypeOf(String typeName) {
    return type(typeName)
        .map(
            info ->
                switch (info.metaType()) {
                  case "builtin" -> info.jsonType().isEmpty() ? "value" : info.jsonType();
                  case "enum" -> "string";
                  default -> info.metaType(); // array, object, alternate
                })
        .orElse("unknown");
  }

  boolean isEnum(String typeName) {
    return type(typeName).filter(info -> info.metaType().equals("enum")).isPresent();
  }

  List<String> enumValues(String typeName) {
    return type(typeName).map(SchemaInfo::values).orElse(List.of());
  }

  String elementType(String typeName) {
    return type(typeName).map(SchemaInfo::elementType).orElse("");
  }

  private Optional<SchemaInfo> type(String name) {
    return Optional.ofNullable(types.get(name));
  }
}
