package dev.qmpgen.processor;

import dev.qmpgen.spec.FieldSpec;

/** How Javadoc and decode errors name the JSON kind of a schema type: "a string", "null"... */
final class SchemaKinds {

  private SchemaKinds() {}

  static String described(FieldSpec type) {
    return switch (type.type()) {
      case STRING -> type.isEnumerated() ? "a listed string" : "a string";
      case INT -> "an integer";
      case UINT64 -> "an unsigned 64-bit integer";
      case NUMBER -> "a number";
      case BOOL -> "a boolean";
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT, UNION -> "an object";
      case ALTERNATE, ANY, OPAQUE, UNRECOGNISED -> "any JSON value";
    };
  }
}
