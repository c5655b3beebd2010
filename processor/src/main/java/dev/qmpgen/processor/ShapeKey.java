package dev.qmpgen.processor;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.UnionVariant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes two fields hold one Java type: the name the type takes from its field, and the
 * structure held (wire names, JSON types, optionality, listed values and nested shapes). Member
 * order and descriptions do not count: members are keyed by wire name, values kept as sets.
 *
 * <p>A shape is shared only by fields of the same name: the record is named after the field, and a
 * name must fit every place the type appears (SPICE's {@code server} and {@code client} have the
 * same members, but a client is not a {@code SpiceServer}).
 *
 * @param holder the field's name, or its singular for an array's elements
 */
record ShapeKey(String holder, Structure structure) {

  /** The structure of a field's type, without its name; the schema's parts only when present. */
  record Structure(
      JsonType type,
      boolean optional,
      Set<String> values,
      Map<String, Structure> members,
      Optional<Structure> element,
      Optional<String> tag,
      Map<String, Map<String, Structure>> variants,
      Set<Structure> alternatives,
      Set<String> features) {

    static Structure of(FieldSpec field) {
      return new Structure(
          field.type(),
          field.optional(),
          field.isEnumerated()
              ? field.values().stream().map(EnumValue::name).collect(Collectors.toSet())
              : Set.of(),
          members(field.fields()),
          field.element().map(Structure::of),
          field.tag(),
          field.variants().stream()
              .collect(
                  Collectors.toMap(UnionVariant::value, v -> members(v.fields()), (a, b) -> a)),
          field.alternatives().stream().map(Structure::of).collect(Collectors.toSet()),
          Set.copyOf(field.features()));
    }

    /**
     * An object's members alone: whether the object is optional, or an array's element, does not
     * count.
     */
    static Structure ofMembers(List<FieldSpec> fields) {
      return new Structure(
          JsonType.OBJECT,
          false,
          Set.of(),
          members(fields),
          Optional.empty(),
          Optional.empty(),
          Map.of(),
          Set.of(),
          Set.of());
    }

    private static Map<String, Structure> members(List<FieldSpec> fields) {
      return fields.stream().collect(Collectors.toMap(FieldSpec::name, Structure::of, (a, b) -> a));
    }
  }

  /**
   * The key of what a field holds that gets its own Java type: an object's members, or a union's or
   * an alternate's whole structure.
   */
  static ShapeKey of(FieldSpec field, String holder) {
    Structure structure =
        field.type() == JsonType.UNION || field.type() == JsonType.ALTERNATE
            ? Structure.of(field)
            : Structure.ofMembers(field.fields());
    return new ShapeKey(holder, structure);
  }
}
