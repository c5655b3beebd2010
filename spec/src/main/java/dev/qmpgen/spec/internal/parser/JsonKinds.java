package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.JsonType;

/** Whether an example value fits a declared {@link JsonType}. */
final class JsonKinds {

  private JsonKinds() {}

  /**
   * {@code json-number} accepts integers too (the spec uses it for integer offsets); an opaque or
   * unrecognised type accepts anything, having already been reported.
   */
  static boolean matches(JsonType type, JsonValue value) {
    return switch (type) {
      case STRING -> value instanceof JsonValue.Str;
      case INT -> value instanceof JsonValue.Num number && number.integral();
      case NUMBER -> value instanceof JsonValue.Num;
      case BOOL -> value instanceof JsonValue.Bool;
      case OBJECT -> value instanceof JsonValue.Obj;
      case ARRAY -> value instanceof JsonValue.Arr;
      case OPAQUE, UNRECOGNISED -> true;
      // The schema's types (no spec text declares them), for completeness.
      case UINT64 ->
          value instanceof JsonValue.Num number
              && number.integral()
              && !number.text().startsWith("-");
      case NULL -> value instanceof JsonValue.Null;
      case UNION -> value instanceof JsonValue.Obj;
      case ANY, ALTERNATE -> true;
    };
  }
}
