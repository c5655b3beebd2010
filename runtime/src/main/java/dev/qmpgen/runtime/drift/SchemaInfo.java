package dev.qmpgen.runtime.drift;

import java.util.List;

/**
 * The parts of one SchemaInfo object of {@code query-qmp-schema} that a drift check reads; QEMU's
 * other keys (features, tags, cases) are skipped.
 *
 * @param argType for an event, the name of its data's object type; empty when it has none
 * @param jsonType for a builtin, the JSON type it stands for ({@code string}, {@code int}...)
 * @param elementType for an array, its element type's name
 * @param values for an enum, its values in schema order
 * @param members for an object, its members in schema order
 * @param variantTypes for an object that is a union, the object type of each variant
 */
record SchemaInfo(
    String name,
    String metaType,
    String argType,
    String jsonType,
    String elementType,
    List<String> values,
    List<Member> members,
    List<String> variantTypes) {

  /** One member of an object type; a {@code "default"} key (always null) marks it optional. */
  record Member(String name, String type, boolean optional) {}

  SchemaInfo {
    values = List.copyOf(values);
    members = List.copyOf(members);
    variantTypes = List.copyOf(variantTypes);
  }
}
