package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A field while its section is parsed: members are added as nesting is worked out. */
final class FieldDraft {

  private final String name;
  private final JsonType type;
  private final boolean optional;
  private final String description;
  private final List<EnumValue> values;
  private final String elementDescription;
  private final Position position;
  private final List<FieldDraft> members = new ArrayList<>();
  private final Map<String, FieldDraft> membersByName = new HashMap<>();

  FieldDraft(
      String name,
      JsonType type,
      boolean optional,
      String description,
      List<EnumValue> values,
      String elementDescription,
      Position position) {
    this.name = name;
    this.type = type;
    this.optional = optional;
    this.description = description;
    this.values = List.copyOf(values);
    this.elementDescription = elementDescription;
    this.position = position;
  }

  String name() {
    return name;
  }

  JsonType type() {
    return type;
  }

  Position position() {
    return position;
  }

  /** Objects and arrays of objects are the fields that can have members. */
  boolean isContainer() {
    return type == JsonType.OBJECT || type == JsonType.ARRAY;
  }

  Optional<FieldDraft> member(String memberName) {
    return Optional.ofNullable(membersByName.get(memberName));
  }

  void addMember(FieldDraft member) {
    members.add(member);
    membersByName.putIfAbsent(member.name, member);
  }

  FieldSpec build() {
    List<FieldSpec> built = members.stream().map(FieldDraft::build).toList();
    return new FieldSpec(
        name, type, optional, description, values, built, elementDescription, position);
  }
}
