package dev.qmpgen.spec.internal.schema;

import dev.qmpgen.spec.FieldSpec;

/**
 * What a schema type is, in words, for the description of a member read from a capture, which has
 * no prose of its own.
 */
final class TypeWords {

  private TypeWords() {}

  /**
   * What a value of {@code type} is: {@code an integer}, {@code an array of strings}; empty for an
   * object.
   */
  static String of(FieldSpec type) {
    return switch (type.type()) {
      case STRING -> type.isEnumerated() ? "one of the listed strings" : "a string";
      case INT -> "an integer";
      case UINT64 -> "an unsigned 64-bit integer";
      case NUMBER -> "a number";
      case BOOL -> "a boolean";
      case NULL -> "null";
      case ANY, OPAQUE, UNRECOGNISED -> "any JSON value";
      case OBJECT -> "";
      case ARRAY ->
          "an array of "
              + type.element()
                  .map(TypeWords::plural)
                  .orElse(type.fields().isEmpty() ? "values" : "objects");
      case UNION ->
          "an object whose member " + type.tag().orElse("") + " says which other members it has";
      case ALTERNATE ->
          "either "
              + String.join(
                  " or ",
                  type.alternatives().stream()
                      .map(TypeWords::of)
                      .map(kind -> kind.isEmpty() ? "an object" : kind)
                      .toList());
    };
  }

  private static String plural(FieldSpec element) {
    return switch (element.type()) {
      case STRING -> element.isEnumerated() ? "listed strings" : "strings";
      case INT -> "integers";
      case UINT64 -> "unsigned 64-bit integers";
      case NUMBER -> "numbers";
      case BOOL -> "booleans";
      case OBJECT, UNION -> "objects";
      case ARRAY -> "arrays";
      default -> "values";
    };
  }
}
