package dev.qmpgen.spec.internal.schema;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.UnionVariant;
import java.util.List;
import java.util.Optional;

/**
 * What a schema type holds beside its JSON type, in the parts {@link FieldSpec} keeps it in. Each
 * factory fills the parts of one kind of type; the others stay empty.
 */
record TypeContents(
    List<EnumValue> values,
    List<FieldSpec> fields,
    Optional<FieldSpec> element,
    Optional<String> tag,
    List<UnionVariant> variants,
    List<FieldSpec> alternatives) {

  /** A builtin's, or a type kept raw: nothing. */
  static final TypeContents NONE =
      new TypeContents(
          List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of());

  static TypeContents enumValues(List<EnumValue> values) {
    return new TypeContents(
        values, List.of(), Optional.empty(), Optional.empty(), List.of(), List.of());
  }

  /** An object's members, or those of each element of an array of objects. */
  static TypeContents members(List<FieldSpec> fields) {
    return new TypeContents(
        List.of(), fields, Optional.empty(), Optional.empty(), List.of(), List.of());
  }

  /** What each element of an array is, when it is not an object with members. */
  static TypeContents element(FieldSpec element) {
    return new TypeContents(
        List.of(), List.of(), Optional.of(element), Optional.empty(), List.of(), List.of());
  }

  /** A union's common members, the one of them whose value selects a variant, and the variants. */
  static TypeContents union(List<FieldSpec> fields, String tag, List<UnionVariant> variants) {
    return new TypeContents(
        List.of(), fields, Optional.empty(), Optional.of(tag), variants, List.of());
  }

  static TypeContents alternatives(List<FieldSpec> alternatives) {
    return new TypeContents(
        List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), alternatives);
  }
}
