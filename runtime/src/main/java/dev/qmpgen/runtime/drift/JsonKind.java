package dev.qmpgen.runtime.drift;

/** The JSON type the bindings declare for a member, as far as a drift check compares types. */
public enum JsonKind {
  STRING,
  INT,
  /** Any JSON number; QEMU's {@code int} fits it too. */
  NUMBER,
  BOOLEAN,
  OBJECT,
  ARRAY,
  /** The bindings name no JSON type and keep the value as raw JSON: anything QEMU sends fits. */
  ANY;

  /** Whether a value QEMU's schema types as {@code qemuType} (its spelling) fits this kind. */
  boolean accepts(String qemuType) {
    return switch (this) {
      case STRING -> qemuType.equals("string");
      case INT -> qemuType.equals("int");
      case NUMBER -> qemuType.equals("number") || qemuType.equals("int");
      case BOOLEAN -> qemuType.equals("boolean");
      case OBJECT -> qemuType.equals("object");
      case ARRAY -> qemuType.equals("array");
      case ANY -> true;
    };
  }

  /** The spelling in messages, as the spec text writes JSON types. */
  String specName() {
    return switch (this) {
      case STRING -> "json-string";
      case INT -> "json-int";
      case NUMBER -> "json-number";
      case BOOLEAN -> "json-bool";
      case OBJECT -> "json-object";
      case ARRAY -> "json-array";
      case ANY -> "any JSON value";
    };
  }
}
