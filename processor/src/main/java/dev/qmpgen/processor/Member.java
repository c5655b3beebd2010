package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.FieldSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One data member as generated: its spec, Java name and Java type. Optional members are {@code
 * OptionalLong} for {@code json-int} and {@code Optional<T>} for every other type. What a kind
 * needs is present exactly for that kind: the constructor checks it.
 *
 * @param enumeration the enum of an {@link Kind#ENUM} member
 * @param record the record of an {@link Kind#OBJECT}, or of each element of an {@link
 *     Kind#OBJECT_LIST}
 * @param schemaValue the type of a {@link Kind#VALUE} member
 */
record Member(
    FieldSpec spec,
    String javaName,
    Kind kind,
    Optional<Enumeration> enumeration,
    Optional<ObjectBinding> record,
    Optional<ValueType> schemaValue) {

  Member {
    if (enumeration.isPresent() != (kind == Kind.ENUM)
        || record.isPresent() != (kind == Kind.OBJECT || kind == Kind.OBJECT_LIST)
        || schemaValue.isPresent() != (kind == Kind.VALUE)) {
      throw new IllegalArgumentException(
          "member "
              + javaName
              + " of kind "
              + kind
              + " has "
              + enumeration
              + ", "
              + record
              + ", "
              + schemaValue);
    }
  }

  /** A member of a kind that needs nothing more: a string, number, boolean or raw JSON. */
  static Member plain(FieldSpec spec, String javaName, Kind kind) {
    return new Member(spec, javaName, kind, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Member enumerated(
      FieldSpec spec, String javaName, ClassName type, List<Constant> constants) {
    return new Member(
        spec,
        javaName,
        Kind.ENUM,
        Optional.of(new Enumeration(type, constants)),
        Optional.empty(),
        Optional.empty());
  }

  /** An object, or an array of objects: {@code kind} says which. */
  static Member object(FieldSpec spec, String javaName, Kind kind, ObjectBinding record) {
    return new Member(
        spec, javaName, kind, Optional.empty(), Optional.of(record), Optional.empty());
  }

  static Member value(FieldSpec spec, String javaName, ValueType value) {
    return new Member(
        spec, javaName, Kind.VALUE, Optional.empty(), Optional.empty(), Optional.of(value));
  }

  /**
   * The enum of an enumerated member: nested in its holder, or top-level when shared.
   *
   * @param constants the Java constant of each listed value, in spec order
   */
  record Enumeration(ClassName type, List<Constant> constants) {}

  /** The enum of an {@link Kind#ENUM} member. */
  ClassName enumType() {
    return enumeration.orElseThrow().type();
  }

  /** The constants of an {@link Kind#ENUM} member's enum. */
  List<Constant> enumConstants() {
    return enumeration.orElseThrow().constants();
  }

  /** The record of an {@link Kind#OBJECT} or {@link Kind#OBJECT_LIST} member. */
  ObjectBinding object() {
    return record.orElseThrow();
  }

  /** The type of a {@link Kind#VALUE} member. */
  ValueType value() {
    return schemaValue.orElseThrow();
  }

  /** How a member is represented in Java. */
  enum Kind {
    STRING,
    ENUM,
    INT,
    NUMBER,
    BOOL,
    OBJECT,
    OBJECT_LIST,
    RAW,
    RAW_LIST,
    /** The schema's {@code uint64} and {@code size}: a {@code long} holding unsigned bits. */
    UNSIGNED,
    /**
     * What only the schema describes (a union, an alternate, an array of anything): see {@link
     * #value}.
     */
    VALUE
  }

  /** A listed value of an enumerated member and its Java constant name. */
  record Constant(EnumValue value, String javaName) {}

  String wireName() {
    return spec.name();
  }

  boolean optional() {
    return spec.optional();
  }

  /** Whether the required form is a Java primitive, decoded with a presence flag. */
  boolean primitive() {
    return kind == Kind.INT || kind == Kind.BOOL || kind == Kind.UNSIGNED;
  }

  /** Whether QEMU's schema marks the member deprecated: its component is {@code @Deprecated}. */
  boolean deprecated() {
    return spec.features().contains("deprecated");
  }

  /** Whether the optional form is {@code OptionalLong}. */
  boolean optionalLong() {
    return kind == Kind.INT || kind == Kind.UNSIGNED;
  }

  /** The Java type of a present value. */
  TypeName valueType() {
    return switch (kind) {
      case STRING -> ClassName.get(String.class);
      case ENUM -> ParameterizedTypeName.get(Types.ENUMERATED, enumType());
      case INT, UNSIGNED -> TypeName.LONG;
      case NUMBER -> ClassName.get(BigDecimal.class);
      case BOOL -> TypeName.BOOLEAN;
      case OBJECT -> object().type();
      case RAW -> Types.RAW_JSON;
      case OBJECT_LIST -> ParameterizedTypeName.get(ClassName.get(List.class), object().type());
      case RAW_LIST -> ParameterizedTypeName.get(ClassName.get(List.class), Types.RAW_JSON);
      case VALUE -> value().javaType();
    };
  }

  /** The record component's type. */
  TypeName componentType() {
    if (!optional()) {
      return valueType();
    }
    if (optionalLong()) {
      return ClassName.get(OptionalLong.class);
    }
    return ParameterizedTypeName.get(ClassName.get(Optional.class), valueType().box());
  }

  /**
   * The type Jackson databind binds: enumerated values as their wire strings, primitives boxed,
   * what only the schema describes as raw JSON.
   */
  TypeName databindType() {
    if (kind == Kind.VALUE) {
      return optional()
          ? ParameterizedTypeName.get(ClassName.get(Optional.class), Types.RAW_JSON)
          : Types.RAW_JSON;
    }
    if (kind == Kind.ENUM) {
      TypeName string = ClassName.get(String.class);
      return optional() ? ParameterizedTypeName.get(ClassName.get(Optional.class), string) : string;
    }
    return optional() ? componentType() : valueType().box();
  }
}
