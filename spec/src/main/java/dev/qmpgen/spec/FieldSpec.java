package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of an event's data, or of an object nested in it.
 *
 * @param name the wire name, exactly as in the JSON ({@code sasl_username}, {@code node-name})
 * @param type the declared JSON type
 * @param optional whether the spec marks the member {@code optional}
 * @param description the prose before the type, joined across continuation lines; may be empty
 * @param values enumerated values of a string field, in spec order; empty when not enumerated
 * @param fields members of an object, or of each element of an array of objects; empty otherwise
 * @param elementDescription for an array, what each element is, when the spec says; may be empty
 * @param position where the field line starts
 * @param element what each element of an {@link JsonType#ARRAY} is, when it is not an object with
 *     listed members (those are {@code fields}, as in the spec text): a string, an enumeration, a
 *     union, an alternate, another array... Only QEMU's schema says; empty otherwise
 * @param tag for a {@link JsonType#UNION}, the name of the member in {@code fields} whose value
 *     selects the variant; empty otherwise
 * @param variants for a {@link JsonType#UNION}, the members each tag value adds, in schema order
 * @param alternatives for a {@link JsonType#ALTERNATE}, the types a value may have, each of a
 *     different JSON kind, in schema order (their names are empty)
 * @param features the schema's features of the member, such as {@code deprecated} or {@code
 *     unstable}; the spec text has none
 * @param typeName the schema's name of the member's type when it is a defined one (an enum, an
 *     object...; QEMU masks these names as numbers, which differ between QEMU versions, so only
 *     their identity means something: the type is one Java type wherever it is used); empty for
 *     builtin types and for the spec text, whose types are anonymous
 */
public record FieldSpec(
    String name,
    JsonType type,
    boolean optional,
    String description,
    List<EnumValue> values,
    List<FieldSpec> fields,
    String elementDescription,
    Position position,
    Optional<FieldSpec> element,
    Optional<String> tag,
    List<UnionVariant> variants,
    List<FieldSpec> alternatives,
    List<String> features,
    Optional<String> typeName) {

  public FieldSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    values = List.copyOf(values);
    fields = List.copyOf(fields);
    Objects.requireNonNull(elementDescription, "elementDescription");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(tag, "tag");
    variants = List.copyOf(variants);
    alternatives = List.copyOf(alternatives);
    features = List.copyOf(features);
    Objects.requireNonNull(typeName, "typeName");
  }

  /**
   * A member as the spec text describes one: none of the schema's unions, alternates, features or
   * type names.
   */
  public FieldSpec(
      String name,
      JsonType type,
      boolean optional,
      String description,
      List<EnumValue> values,
      List<FieldSpec> fields,
      String elementDescription,
      Position position) {
    this(
        name,
        type,
        optional,
        description,
        values,
        fields,
        elementDescription,
        position,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  public boolean isEnumerated() {
    return !values.isEmpty();
  }

  /**
   * This member under another wire name: how a type held by an array element or alternative is
   * named.
   */
  public FieldSpec withName(String newName) {
    return copy(newName, optional, description, position, typeName);
  }

  /**
   * This member, optional or not: a union variant's members are optional in the union's flat view.
   */
  public FieldSpec withOptional(boolean isOptional) {
    return copy(name, isOptional, description, position, typeName);
  }

  /** This member with other prose: a schema member is described by its type, once it is known. */
  public FieldSpec withDescription(String newDescription) {
    return copy(name, optional, newDescription, position, typeName);
  }

  /**
   * This member at another place: a schema member stands where its object lists it, not where its
   * type is defined.
   */
  public FieldSpec withPosition(Position newPosition) {
    return copy(name, optional, description, newPosition, typeName);
  }

  /**
   * This member knowing the schema's name of its type, which tells a type several members share.
   */
  public FieldSpec withTypeName(String schemaTypeName) {
    return copy(name, optional, description, position, Optional.of(schemaTypeName));
  }

  /** The one copy behind the {@code with} methods: the components they change, the rest kept. */
  private FieldSpec copy(
      String newName,
      boolean isOptional,
      String newDescription,
      Position newPosition,
      Optional<String> newTypeName) {
    return new FieldSpec(
        newName,
        type,
        isOptional,
        newDescription,
        values,
        fields,
        elementDescription,
        newPosition,
        element,
        tag,
        variants,
        alternatives,
        features,
        newTypeName);
  }
}
