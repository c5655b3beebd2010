package dev.qmpgen.spec;

/**
 * A type in words: the description of a member read from a schema capture, which has no prose of
 * its own, and the JSON kind the processor names in Javadoc and in decode errors. One table, so
 * that a capture's descriptions and the generated code say a kind in the same words.
 */
public final class TypeWords {

  private TypeWords() {}

  /**
   * The noun of a JSON kind: {@code an integer}, several {@code integers}.
   *
   * @param one one value, with its article
   * @param many several values, as an array's elements
   */
  private record Noun(String one, String many) {

    static Noun of(FieldSpec type) {
      return switch (type.type()) {
        case STRING ->
            type.isEnumerated()
                ? new Noun("a listed string", "listed strings")
                : new Noun("a string", "strings");
        case INT -> new Noun("an integer", "integers");
        case UINT64 -> new Noun("an unsigned 64-bit integer", "unsigned 64-bit integers");
        case NUMBER -> new Noun("a number", "numbers");
        case BOOL -> new Noun("a boolean", "booleans");
        case NULL -> new Noun("null", "values");
        case OBJECT, UNION -> new Noun("an object", "objects");
        case ARRAY -> new Noun("an array", "arrays");
        case ALTERNATE, ANY, OPAQUE, UNRECOGNISED -> new Noun("any JSON value", "values");
      };
    }
  }

  /**
   * The JSON kind of a value of {@code type}: {@code a string}, {@code an array}, {@code any JSON
   * value} for an alternate, which may be several.
   *
   * @param type the type
   * @return the kind, with its article
   */
  public static String kind(FieldSpec type) {
    return Noun.of(type).one();
  }

  /**
   * What a value of {@code type} is: {@code an integer}, {@code an array of strings}; empty for an
   * object.
   *
   * @param type the type
   * @return the description, or empty for an object
   */
  public static String description(FieldSpec type) {
    return switch (type.type()) {
      case STRING -> type.isEnumerated() ? "one of the listed strings" : kind(type);
      case OBJECT -> "";
      case ARRAY ->
          "an array of "
              + type.element()
                  .map(element -> Noun.of(element).many())
                  .orElse(type.fields().isEmpty() ? "values" : "objects");
      case UNION ->
          "an object whose member " + type.tag().orElse("") + " says which other members it has";
      case ALTERNATE ->
          "either "
              + String.join(
                  " or ",
                  type.alternatives().stream()
                      .map(TypeWords::description)
                      .map(kind -> kind.isEmpty() ? "an object" : kind)
                      .toList());
      default -> kind(type);
    };
  }
}
